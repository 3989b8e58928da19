"""Customer intelligence as pure functions on plain data (no SQL, no Qt).

- ``rfm``: recency/frequency/monetary quintile scores and named segments.
- ``abc``: ABC / Pareto value tiers (platinum, gold, silver, bronze).
- ``clv``: BG/NBD and Gamma-Gamma fitted by maximum likelihood, discounted lifetime value.
- ``churn``: churn features, the trained model's wrapper, the rule score, reasons.
- ``credit``: the A–E credit scorecard.
- ``reasons``: why a figure is what it is, as codes with parameters (the GUI and the CLI word them).
"""
