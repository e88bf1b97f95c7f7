#!/usr/bin/env python3
"""Serve a built site under a sub-path with a real web server and crawl it.

    python3 scripts/browser/crawl_site.py PUBLIC_DIR BASE_URL

BASE_URL is the site's base_url (e.g. https://dichvucong.example.gov.vn/thidua/);
its path (/thidua/) is where PUBLIC_DIR is served. The server is Debian's
nginx when installed (a throw-away configuration on a free port of
127.0.0.1), else Python's http.server from a parent folder.

Starting at the site root, plus sitemap.xml, robots.txt, the Atom feeds
and 404.html, follows every internal href/src (links, stylesheets, images,
downloads), the URLs in og:image / og:url / canonical
(absolute URLs under BASE_URL are mapped onto the local server), the
iframe snippets' src, every sitemap <loc> and every feed link, and checks:

- every internal URL answers 200 (query strings such as ?v=… included);
- every root-relative URL starts with the base path;
- a link to a fragment (/thidua/c/ke-hoach/#cach-tinh) finds an element with that id;
- every og:image is an absolute URL under BASE_URL to a 1200x630 PNG;
- every page but the 404 page and embeds has og:image, og:url and a canonical link;
- sitemap and feeds parse as XML.

No request leaves 127.0.0.1: external links (Facebook, Zalo) are only
checked for being https. Exits 1 and lists the problems if any check fails.
"""
import html.parser
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []
        self.meta = {}
        self.canonical = None
        self.snippets = []
        self._in_textarea = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src"):
            if a.get(key):
                self.urls.append(a[key])
        if tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a.get("name")] = a.get("content") or ""
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "textarea":
            self._in_textarea = True

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._in_textarea = False

    def handle_data(self, data):
        if self._in_textarea:
            self.snippets.append(data)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nginx(public, base_path, workdir):
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if not nginx:
        return None
    port = free_port()
    conf = os.path.join(workdir, "nginx.conf")
    with open(conf, "w") as f:
        f.write("""
worker_processes 1;
daemon off;
pid {w}/nginx.pid;
error_log {w}/error.log;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path {w}/body; proxy_temp_path {w}/proxy; fastcgi_temp_path {w}/fastcgi;
  uwsgi_temp_path {w}/uwsgi; scgi_temp_path {w}/scgi;
  server {{
    listen 127.0.0.1:{port};
    location {base} {{ alias {public}/; error_page 404 {base}404.html; }}
  }}
}}
""".format(w=workdir, port=port, base=base_path, public=os.path.abspath(public)))
    proc = subprocess.Popen([nginx, "-c", conf, "-p", workdir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    origin = "http://127.0.0.1:%d" % port
    for _ in range(50):
        try:
            urllib.request.urlopen(origin + base_path, timeout=2).read()
            return proc, origin, "nginx"
        except Exception:
            if proc.poll() is not None:
                return None
            time.sleep(0.1)
    proc.terminate()
    return None


def start_python(public, base_path, workdir):
    mount = os.path.join(workdir, "root")
    link = os.path.join(mount, base_path.strip("/"))
    os.makedirs(os.path.dirname(link), exist_ok=True)
    os.symlink(os.path.abspath(public), link)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", mount],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    origin = "http://127.0.0.1:%d" % port
    for _ in range(50):
        try:
            urllib.request.urlopen(origin + base_path, timeout=2).read()
            return proc, origin, "python http.server"
        except Exception:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("could not start a web server")


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    public, base_url = argv[1], argv[2]
    if not base_url.endswith("/"):
        base_url += "/"
    base_path = urllib.parse.urlsplit(base_url).path
    workdir = tempfile.mkdtemp(prefix="thidua-crawl-")
    server = start_nginx(public, base_path, workdir) or start_python(public, base_path, workdir)
    proc, origin, kind = server
    problems, seen, fetched = [], set(), {}
    fragments = []  # (page path, fragment id, where the link is)
    queue = [base_path, base_path + "sitemap.xml", base_path + "robots.txt", base_path + "feed.xml", base_path + "404.html"]
    pages = images = 0

    def local(url, where):
        """The server path for an internal URL, or None for an external one."""
        if url.startswith(base_url):
            return base_path + url[len(base_url):]
        parts = urllib.parse.urlsplit(url)
        if parts.scheme or url.startswith("//"):
            if parts.scheme not in ("https", "mailto"):
                problems.append("%s: external link is not https: %s" % (where, url))
            return None
        if url.startswith("#"):
            return None
        if not url.startswith("/"):
            url = urllib.parse.urljoin(where, url)
        if not url.startswith(base_path):
            problems.append("%s: link %s is outside the base path %s" % (where, url, base_path))
            return None
        # The fragment is never sent to the server; its id is checked after the crawl.
        url, _, fragment = url.partition("#")
        if fragment:
            fragments.append((url, fragment, where))
        return url

    def get(path, where):
        if path in fetched:
            return fetched[path]
        try:
            with urllib.request.urlopen(origin + urllib.parse.quote(path, safe="/?=&%:"), timeout=10) as r:
                fetched[path] = (r.status, r.headers.get("Content-Type", ""), r.read())
        except urllib.error.HTTPError as e:
            fetched[path] = (e.code, "", b"")
        if fetched[path][0] != 200 and not path.endswith("404.html"):
            problems.append("%s: %s answers %d" % (where, path, fetched[path][0]))
        return fetched[path]

    try:
        while queue:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            status, ctype, body = get(path, "crawl")
            if status != 200:
                continue
            bare = path.split("?")[0]
            if ctype.startswith("text/html"):
                pages += 1
                page = Page()
                page.feed(body.decode("utf-8"))
                found = list(page.urls)
                for snippet in page.snippets:
                    found += re.findall(r'src="([^"]+)"', snippet)
                embed = bare.startswith(base_path + "embed/") or bare.endswith("/embed.html")
                if not embed and not bare.endswith("404.html"):
                    for key in ("og:image", "og:url"):
                        if key not in page.meta:
                            problems.append("%s: no %s" % (path, key))
                    if not page.canonical:
                        problems.append("%s: no canonical link" % path)
                for key in ("og:image", "og:url"):
                    if key in page.meta:
                        found.append(page.meta[key])
                if page.canonical:
                    found.append(page.canonical)
                image = page.meta.get("og:image")
                if image:
                    if not image.startswith(base_url):
                        problems.append("%s: og:image %s is not under %s" % (path, image, base_url))
                    else:
                        _, itype, data = get(local(image, path), path)
                        images += 1
                        if itype != "image/png" or png_size(data) != (1200, 630):
                            problems.append("%s: og:image %s is not a 1200x630 PNG (%s, %s)" % (path, image, itype, png_size(data)))
                for url in found:
                    target = local(url, bare)
                    if target and target not in seen:
                        queue.append(target)
            elif bare.endswith(".xml"):
                try:
                    root = ET.fromstring(body)
                except ET.ParseError as e:
                    problems.append("%s: not well-formed XML: %s" % (path, e))
                    continue
                for el in root.iter():
                    if el.tag.endswith("loc") and el.text:
                        queue.append(local(el.text, path) or el.text)
                    if el.tag.endswith("link") and el.get("href"):
                        target = local(el.get("href"), path)
                        if target:
                            queue.append(target)
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)
    for path, fragment, where in fragments:
        status, ctype, body = fetched.get(path, (0, "", b""))
        if status == 200 and ('id="%s"' % fragment).encode() not in body:
            problems.append("%s: link %s#%s finds no element with that id" % (where, path, fragment))
    for problem in problems:
        print(problem)
    print("%s under %s: %d URLs crawled (%d HTML pages, %d og:image PNGs checked), %d problem(s)"
          % (kind, base_path, len(seen), pages, images, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
