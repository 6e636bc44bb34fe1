"""The Qt layer: composition root, view-models, the qasync loop. The only layer that imports Qt."""
