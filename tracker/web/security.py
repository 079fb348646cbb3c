"""Who may use the workspace and how requests are checked.

On 127.0.0.1 (the default) only this computer can connect: the person is the OS user and no
login is asked. Any other address opens the workspace to a network, so it needs a password
from $TRACKER_PASSWORD and session cookies marked Secure (serve it behind HTTPS). Either way,
every state-changing request carries a CSRF token tied to the session, the Host header must
name this server (a web page elsewhere cannot reach it through DNS rebinding), and file
names from uploads never choose where a file goes.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
import secrets
from pathlib import PurePath

from tracker.errors import UserError
from tracker.i18n import msg

CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
_SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)


class NeedsPassword(UserError):
    """Serving beyond this computer without a password."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, password: str | None) -> None:
    if not is_loopback(host) and not password:
        raise NeedsPassword(msg("Mở không gian làm việc ra mạng ({host}) cần mật khẩu.", host=host),
                            msg("đặt biến môi trường TRACKER_PASSWORD rồi chạy lại, "
                                "hoặc bỏ --host để chỉ dùng trên máy này"))


def check_port(host: str, port: int) -> None:
    """The address is free to listen on; otherwise one message naming it (another tracker serve,
    or another program, holds it) instead of the server's own error after start-up."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            raise UserError(msg("Không mở được {host}:{port}: {reason}.", host=host, port=port, reason=exc.strerror),
                            msg("cổng đang được dùng (có thể bởi một tracker serve khác); "
                                "chọn cổng khác: --port {next}", next=port + 1)) from None


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two secrets (False when either is missing)."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a).encode(), str(b).encode())


def upload_name(name: str) -> str:
    """A file name from a browser, reduced to its last component in safe characters:
    '../../etc/passwd' → 'passwd', 'C:\\\\x\\\\bc.pdf' → 'bc.pdf'; empty or hidden names refused."""
    base = PurePath(name.replace("\\", "/")).name
    base = _SAFE_NAME.sub("-", base).strip("-")
    if not base or base.startswith(".") or base in ("..", "."):
        raise UserError(msg("Tên tệp không dùng được: '{name}'.", name=name),
                        msg("đổi tên tệp (chữ, số, dấu gạch) rồi tải lên lại"))
    return base[:120]
