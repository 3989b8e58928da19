"""The queue simulator and the Erlang formulas (Qt-free).

- ``erlang``: Erlang B, C and A, service level, ASA, abandonment, occupancy, staffing solvers.
- ``scenario``: what to simulate (queues, agents, shifts) and the YAML scenario format.
- ``engine``: the discrete-event engine, batch and live (``step_until``, ``on_event``,
  agents added/removed and arrival rates changed while it runs, people at consoles).
- ``fast``: the single-queue fast path (same random streams, same results).
- ``batch``: replications with 95 % confidence intervals; ``metrics``: what counts where.
- ``routing``, ``arrivals``, ``distributions``, ``events``: the pieces.
- ``agreement``: simulation against the formulas (``python -m callcenter.sim.agreement``).

See docs/simulation.md.
"""
