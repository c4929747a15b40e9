"""Nothing a test runs in this process reaches the network (issue 18, "Done when"): a connection to
anything but this machine fails the test that tried it, before a packet leaves. Loopback and Unix
sockets stay open (the local Dask cluster of test_dataset.py). Commands the tests start as child
processes are not covered here; tests/test_dataset.py blocks their network for the dataset build."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest

REAL_CONNECT = socket.socket.connect
REAL_CONNECT_EX = socket.socket.connect_ex


class NetworkBlocked(AssertionError):
    """A test tried to connect off this machine."""


def is_local(family: int, address: Any) -> bool:
    """A Unix socket, or an IP address of this machine (loopback); a name is not looked up (DNS
    would itself be a network query), so only 'localhost' passes as one."""
    if family == getattr(socket, "AF_UNIX", None):
        return True
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def guarded_connect(sock: socket.socket, address: Any) -> None:
    if not is_local(sock.family, address):
        raise NetworkBlocked(f"a test tried to open a network connection to {address!r}")
    return REAL_CONNECT(sock, address)


def guarded_connect_ex(sock: socket.socket, address: Any) -> int:
    if not is_local(sock.family, address):
        raise NetworkBlocked(f"a test tried to open a network connection to {address!r}")
    return REAL_CONNECT_EX(sock, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    yield
