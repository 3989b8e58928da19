"""Real phone calls over SIP: a softphone (baresip, driven over its control port) as the
console's ``CallSource``. Qt-free; sits beside the simulator (it depends only on core)."""
