"""The HTTP service: FastAPI routers over the classifier library."""
