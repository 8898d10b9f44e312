"""A tiny TCP proxy on 127.0.0.1 that cuts each connection after k bytes (either direction)."""

from __future__ import annotations

import contextlib
import socket
import threading


class CutProxy:
    """Forward to an upstream port; close a connection once `cut_after` bytes have crossed."""

    def __init__(self, upstream_port: int, cut_after: int | None = None) -> None:
        self.upstream_port = upstream_port
        self.cut_after = cut_after
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            budget = [self.cut_after if self.cut_after is not None else 1 << 62]
            lock = threading.Lock()
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(src, dst, client, upstream, budget, lock), daemon=True
                ).start()

    def _pump(self, src: socket.socket, dst: socket.socket, a: socket.socket, b: socket.socket,
              budget: list[int], lock: threading.Lock) -> None:  # fmt: skip
        try:
            while True:
                data = src.recv(4096)
                if not data:
                    break
                with lock:
                    allowed = min(len(data), budget[0])
                    budget[0] -= allowed
                if allowed:
                    dst.sendall(data[:allowed])
                if allowed < len(data) or budget[0] <= 0:
                    break
        except OSError:
            pass
        for s in (a, b):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        """Stop accepting connections."""
        self.closed = True
        self.listener.close()
