"""Administration windows for supervisors and admins: the import wizard (and, later, users
and reference data). Independent of the other GUI sub-packages; the console's composition
root adds its menu."""
