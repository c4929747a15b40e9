"""The guard of tests/conftest.py is on in every test: a connection off this machine fails the
test before a packet leaves, while loopback (a local Dask cluster) stays open."""

from __future__ import annotations

import socket

import pytest
from conftest import NetworkBlocked, guarded_connect, is_local


def test_a_connection_off_this_machine_fails_the_test_before_a_packet_leaves() -> None:
    assert socket.socket.connect is guarded_connect  # checked first: without the guard nothing is tried
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkBlocked):
        sock.connect(("192.0.2.1", 9))  # TEST-NET-1: documentation only


@pytest.mark.parametrize(("family", "address", "local"), [
    (socket.AF_INET, ("127.0.0.1", 8786), True),
    (socket.AF_INET6, ("::1", 8786, 0, 0), True),
    (socket.AF_INET, ("localhost", 8786), True),
    (socket.AF_UNIX, "/tmp/x.sock", True),
    (socket.AF_INET, ("192.0.2.1", 443), False),
    (socket.AF_INET6, ("2001:db8::1", 443, 0, 0), False),
    (socket.AF_INET, ("extensions.duckdb.org", 443), False),  # a name would need DNS: never looked up
])
def test_only_this_machine_is_local(family: int, address: object, local: bool) -> None:
    assert is_local(family, address) is local
