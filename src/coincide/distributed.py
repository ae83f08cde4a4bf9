"""Running the per-story function on a Dask cluster (`--engine dask`).

The work unit is coincide.analyze.analyze_chunk, the same function a local worker runs. Results
come back in input order to this process, which stays the archive's single writer. Without a
scheduler address a local cluster of `workers` processes is started (and stopped) here.
Remote workers need coincide and its model installed.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Iterable, Iterator

from .errors import CoincideError


def analyze_on_dask(items: Iterable, settings: dict[str, Any], batch_size: int, workers: int,
                    scheduler: str | None) -> Iterator:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise CoincideError("--engine dask needs dask[distributed]: pip install 'dask[distributed]'") from None
    from .analyze import analyze_chunk, chunks

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise CoincideError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        settings_future = client.scatter(settings, broadcast=True)
        window: deque = deque()
        ahead = 4 * max(len(client.scheduler_info().get("workers", {})), 1)
        for chunk in chunks(items, max(2, min(batch_size, 8))):
            window.append(client.submit(analyze_chunk, chunk, settings_future, pure=False))
            # a bounded window: a corpus of any size never sits in memory all at once
            while len(window) > ahead:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
