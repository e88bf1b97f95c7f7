"""Serving a built site to the browser checks, the way a portal would.

    from serve import serve_site, serve_folder

`serve_site(public, base)` serves the folder PUBLIC under the path BASE
(e.g. /thidua/), through a symbolic link in a temporary mount folder, so that
the site's absolute links resolve. `serve_folder(folder)` serves a folder at
the root. Both use Python's threaded http.server on a free port of 127.0.0.1,
quietly, and return the server and its origin (`http://127.0.0.1:PORT`).
"""
import functools
import http.server
import os
import tempfile
import threading


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_folder(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d" % server.server_address[1]


def mount(public, base, folder=None):
    """A folder in which BASE leads to PUBLIC (a new temporary one unless given)."""
    folder = folder or tempfile.mkdtemp(prefix="thidua-browser-")
    link = os.path.join(folder, base.strip("/"))
    os.makedirs(os.path.dirname(link), exist_ok=True)
    if not os.path.islink(link):
        os.symlink(os.path.abspath(public), link)
    return folder


def serve_site(public, base):
    return serve_folder(mount(public, base))
