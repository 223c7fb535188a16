"""Loaded by every Python process started with this folder on PYTHONPATH: refuses (and records) every
connection and name lookup outside localhost. The record goes to ``$DIPLO_NET_LOG``, one line per attempt.

Used by the air-gap browser test to prove the dashboard server itself never calls out."""
import os
import socket

_LOG = os.environ.get("DIPLO_NET_LOG")
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")
_connect, _connect_ex, _getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo


def _local(host) -> bool:
    return not isinstance(host, str) or host.startswith(_LOCAL) or host == ""


def _record(what) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"{what}\n")


def _guard(address):
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and not _local(host):
        _record(address)
        raise OSError(f"network disabled: {address}")


def connect(self, address):
    _guard(address)
    return _connect(self, address)


def connect_ex(self, address):
    _guard(address)
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if host is not None and not _local(host if isinstance(host, str) else host.decode()):
        _record(f"dns {host}")
        raise socket.gaierror(f"name lookup disabled: {host}")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
