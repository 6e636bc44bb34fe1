"""The performance proof: each figure measured beside the floor it is judged against, in the same run.

`python -m benchmarks` (see docs/benchmarks.md) writes docs/benchmarks.json and the table in
docs/benchmarks.md. Timings vary between runs on shared machines, so the report gives medians and
ratios to a floor measured alongside; no test asserts a time.
"""
