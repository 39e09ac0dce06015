"""The worker plugin of :mod:`kalkan.dask` (imports ``distributed``: load only with the extra)."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin


class FrameworkPlugin(WorkerPlugin):
    """Compiles one framework on each worker, once, when the worker starts (or joins)."""

    def __init__(self, text: str, digest: str) -> None:
        self.text = text
        self.digest = digest
        self.name = f"kalkan-framework-{digest}"

    def setup(self, worker: Any) -> None:
        from .dask import _install

        _install(self.text, self.digest)
