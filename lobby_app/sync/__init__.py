"""The device side of the hub protocol: push the outbox, pull the branch's changes, take the hub's word."""
