"""The branch hub: one order for every device's changes, the rules enforced once more, a feed to pull."""
