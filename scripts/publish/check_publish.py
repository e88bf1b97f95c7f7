#!/usr/bin/env python3
"""check_publish.py THIDUA_BINARY — `thidua publish` against a real OpenSSH
server on 127.0.0.1, started here with throw-away host and user keys.

The ssh connections go through a small TCP relay in this script, which can
slow them down and cut them, to drop a connection in the middle of an upload.

Checks: first publish sends everything; a second publish after a one-campaign
change sends exactly the files whose bytes changed and hard-links the rest
from the live release; a connection cut mid-upload leaves `current` on the old
release with its content intact, and the next publish cleans the partial
folder; keep-N pruning; rollback (twice, then "nothing older"); the .gz copies
decompress to their originals and carry their mtimes; nginx serves the live
release with gzip_static and the site's 404 page; clear messages for an
unreachable host, a refused key, an unknown host key, rsync missing, a
non-writable path, a bad --to; nothing in any log or in the site names the key.
Run as root (sshd must switch users); about 40 s.
"""
import gzip
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FAILURES = []
LOG = []  # every line thidua printed, for the secrets check
START = time.time()


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + "%5.1f s  " % (time.time() - START) + what)
    if not condition:
        FAILURES.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Relay:
    """A TCP relay 127.0.0.1:port → sshd that can throttle and cut connections."""

    def __init__(self, target_port):
        self.target_port = target_port
        self.rate = None  # bytes per second client → server, or None
        self.sockets = []
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            with self.lock:
                self.sockets += [client, server]
            threading.Thread(target=self.pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self.pump, args=(server, client, False), daemon=True).start()

    def pump(self, source, sink, upstream):
        try:
            while True:
                data = source.recv(4096)
                if not data:
                    break
                sink.sendall(data)
                if upstream and self.rate:
                    time.sleep(len(data) / self.rate)
        except OSError:
            pass
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut(self):
        """Drops every open connection at once, as a network failure would."""
        with self.lock:
            for s in self.sockets:
                try:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    s.close()
                except OSError:
                    pass
            self.sockets = []


def tree(folder):
    """{relative path: sha256} of the regular files under folder (links followed at the top)."""
    result = {}
    for base, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                result[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return result


def local_tree(public):
    t = tree(public)
    t.pop(".thidua-output", None)
    return t


def descendants(pid):
    """The processes started by process pid, recursively (the sshd sessions of the daemon started here)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    result, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            result.append(child)
            queue.append(child)
    return result


def wait_for_partial(server, earlier=None):
    """Waits until an upload has put 50 files into a new .partial folder (after up to 30 s
    waiting for the lock of a publish cut off without the server noticing)."""
    releases = os.path.join(server, "releases")
    for _ in range(1200):
        names = [n for n in os.listdir(releases) if n.endswith(".partial")
                 and os.path.join(releases, n) != earlier]
        if names:
            partial = os.path.join(releases, names[0])
            if sum(len(files) for _, _, files in os.walk(partial)) > 50:
                time.sleep(0.5)
                return partial
        time.sleep(0.05)
    return None


def vietnam_time(release):
    """A release's name (UTC) as thidua shows it: Vietnam time, dd/mm/yyyy hh:mm:ss."""
    import datetime
    utc = datetime.datetime.strptime(os.path.basename(release)[:16], "%Y%m%dT%H%M%SZ")
    return (utc + datetime.timedelta(hours=7)).strftime("%d/%m/%Y %H:%M:%S")


def sent_count(output):
    m = re.search(r"Đã gửi ([\d.]+) tệp", output)
    return int(m.group(1).replace(".", "")) if m else None


def main():
    thidua = os.path.abspath(sys.argv[1])
    if os.geteuid() != 0:
        print("check_publish.py must run as root (sshd switches users)")
        return 1
    sshd = shutil.which("sshd") or "/usr/sbin/sshd"
    for tool in (sshd, shutil.which("rsync"), shutil.which("ssh"), shutil.which("ssh-keygen")):
        if not tool or not os.path.exists(tool):
            print("missing: openssh-server, openssh-client and rsync (make testdeps)")
            return 1
    work = tempfile.mkdtemp(prefix="thidua-publish-")
    os.chmod(work, 0o755)  # nginx's workers read the published release
    keys = os.path.join(work, "keys")
    os.makedirs(keys)
    for name in ("host", "user", "stranger"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "thidua-test-" + name,
                        "-f", os.path.join(keys, name)], check=True)
    shutil.copy(os.path.join(keys, "user.pub"), os.path.join(keys, "authorized_keys"))
    port = free_port()
    os.makedirs("/run/sshd", exist_ok=True)
    with open(os.path.join(keys, "sshd_config"), "w") as f:
        f.write(f"""ListenAddress 127.0.0.1
Port {port}
HostKey {keys}/host
PidFile {keys}/sshd.pid
AuthorizedKeysFile {keys}/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
LogLevel ERROR
""")
    daemon = subprocess.Popen([sshd, "-D", "-e", "-f", os.path.join(keys, "sshd_config")],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "sshd.log"), "w"))
    relay = None
    nginx = None
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        relay = Relay(port)

        def ssh_config(name, key, known_hosts="known_hosts", strict="accept-new"):
            path = os.path.join(keys, name)
            with open(path, "w") as f:
                f.write(f"Host *\n  IdentityFile {keys}/{key}\n  IdentitiesOnly yes\n"
                        f"  UserKnownHostsFile {keys}/{known_hosts}\n  StrictHostKeyChecking {strict}\n")
            return path

        config = ssh_config("ssh_config", "user")
        server = os.path.join(work, "server", "srv", "thidua")
        content = os.path.join(work, "content")
        shutil.copytree(os.path.join(REPO, "content"), content)
        with open(os.path.join(content, "site.yml"), "a") as f:
            f.write(f"publish:\n  host: 127.0.0.1\n  user: root\n  port: {relay.port}\n  path: {server}\n  keep: 3\n")
        public = os.path.join(work, "public")

        def run(*args, env=None, expect=0):
            proc = subprocess.run([thidua, *args], capture_output=True, text=True, env=env, cwd=work)
            LOG.append(proc.stdout + proc.stderr)
            if expect is not None and proc.returncode != expect:
                print(proc.stdout + proc.stderr)
            return proc

        def build():
            proc = run("build", "--content", content, "--output", public)
            check(proc.returncode == 0, "thidua build")

        def publish(*extra, expect=0):
            return run("publish", "--content", content, "--output", public, "--ssh-config", config, *extra, expect=expect)

        def current():
            link = os.path.join(server, "current")
            return os.readlink(link) if os.path.islink(link) else None

        def releases():
            return sorted(os.listdir(os.path.join(server, "releases")))

        # 1. First publish: everything is sent.
        build()
        first = publish()
        print(first.stdout, end="")
        check(first.returncode == 0, "first publish succeeds")
        site_a = local_tree(public)
        r1 = current()
        check(r1 is not None and re.fullmatch(r"releases/\d{8}T\d{6}Z", r1) is not None, f"current is a link to a release ({r1})")
        check(tree(os.path.join(server, "current")) == site_a, "the live release holds exactly the local site and its .gz copies")
        check("lần đầu: gửi toàn bộ" in first.stdout, "first publish says it sends everything")
        check(sent_count(first.stdout) == len(site_a), f"first publish sent every file ({sent_count(first.stdout)} of {len(site_a)})")
        check(".thidua-output" not in os.listdir(os.path.join(server, "current")), "the build's manifest is not uploaded")

        # .gz copies: next to their originals, decompressing to them, same mtime; none for PNG/ZIP.
        live = os.path.join(server, "current")
        compressible = (".html", ".css", ".js", ".svg", ".json", ".csv", ".xml", ".txt")
        gz = [p for p in site_a if p.endswith(".gz")]
        wrong = []
        for path in gz:
            original = path[:-3]
            with open(os.path.join(live, path), "rb") as f:
                if gzip.decompress(f.read()) != open(os.path.join(live, original), "rb").read():
                    wrong.append(path)
            if os.stat(os.path.join(public, path)).st_mtime_ns != os.stat(os.path.join(public, original)).st_mtime_ns:
                wrong.append(path + " (mtime)")
        check(not wrong and len(gz) > 100, f"{len(gz)} .gz copies decompress to their originals and carry their mtimes {wrong[:3]}")
        missing = [p for p in site_a if p.endswith(compressible) and p + ".gz" not in site_a
                   and len(gzip.compress(open(os.path.join(public, p), "rb").read(), 9, mtime=0)) < os.path.getsize(os.path.join(public, p))]
        check(not missing, f"every compressible file that shrinks has a .gz copy {missing[:3]}")
        check(not any(p.endswith((".png.gz", ".zip.gz")) for p in site_a), "no .gz copy of a PNG or ZIP")
        check(os.path.exists(os.path.join(public, "index.html.gz")), "index.html.gz written next to index.html")

        # 2. A change in one campaign: only the changed files are sent, the rest is linked.
        md = os.path.join(content, "chi-lang-2026", "campaign.md")
        with open(md, "a") as f:
            f.write("\nSố liệu được cập nhật hằng tuần.\n")
        build()
        second = publish()
        print(second.stdout, end="")
        site_b = local_tree(public)
        changed = {p for p in site_b if site_a.get(p) != site_b[p]}
        r2 = current()
        check(second.returncode == 0 and r2 != r1, f"second publish makes a new release live ({r2})")
        check(0 < len(changed) < len(site_b) / 2, f"the change touches a part of the site ({len(changed)} of {len(site_b)} files)")
        check(sent_count(second.stdout) == len(changed), f"second publish sent exactly the changed files ({sent_count(second.stdout)} sent, {len(changed)} changed)")
        old_dir, new_dir = os.path.join(server, r1), os.path.join(server, r2)
        shared = [p for p in site_b if p in site_a and p not in changed
                  and os.stat(os.path.join(old_dir, p)).st_ino == os.stat(os.path.join(new_dir, p)).st_ino]
        check(len(shared) == len(site_b) - len(changed), f"every unchanged file is a hard link into the previous release ({len(shared)})")
        check(tree(os.path.join(server, "current")) == site_b, "the live release holds the new site")

        # 3. The connection is cut in the middle of an upload.
        with open(os.path.join(public, "filler.bin"), "wb") as f:
            f.write(os.urandom(3 * 1024 * 1024))
        relay.rate = 400 * 1024
        proc = subprocess.Popen([thidua, "publish", "--content", content, "--output", public, "--ssh-config", config],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=work)
        partial = wait_for_partial(server)
        relay.cut()
        out, err = proc.communicate(timeout=120)
        LOG.append(out + err)
        relay.rate = None
        print(out + err, end="")
        check(partial is not None and proc.returncode == 1, f"a cut connection fails the publish (exit {proc.returncode})")
        check("bị ngắt giữa chừng" in err and "Trang đang chạy không thay đổi" in err, "and says the upload was cut off and the live site is unchanged")
        check(current() == r2, "current still points to the previous release")
        check(tree(os.path.join(server, "current")) == site_b, "whose content is intact")
        check(partial is not None and os.path.isdir(partial), "the partial upload is left as .partial")
        # The server side dies in the middle of an upload (its sshd session killed). The server
        # may not have noticed the cut above: this publish then waits for its lock to lapse.
        with open(os.path.join(public, "filler.bin"), "wb") as f:
            f.write(os.urandom(3 * 1024 * 1024))
        relay.rate = 400 * 1024
        proc = subprocess.Popen([thidua, "publish", "--content", content, "--output", public, "--ssh-config", config],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=work)
        wait_for_partial(server, partial)
        sessions = descendants(daemon.pid)
        for pid in sessions:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        out, err = proc.communicate(timeout=120)
        LOG.append(out + err)
        relay.rate = None
        print(out + err, end="")
        check(sessions and proc.returncode == 1 and "bị ngắt giữa chừng" in err,
              f"the server's session killed mid-upload ({len(sessions)} processes): the publish fails saying it was cut off")
        check(current() == r2 and tree(os.path.join(server, "current")) == site_b, "current still points to the intact previous release")

        third = publish()
        print(third.stdout, end="")
        check(third.returncode == 0 and "Đã dọn 1 bản gửi dở" in third.stdout, "the next publish removes the partial upload")
        check(not any(n.endswith(".partial") for n in releases()), "no partial folder remains")
        r3 = current()
        check(tree(os.path.join(server, "current")) == local_tree(public), "and makes the complete site live")

        # 4. An unchanged site makes no release; keep 3 deletes the older ones after the swap.
        same = publish()
        check(same.returncode == 0 and "Không có gì thay đổi" in same.stdout and current() == r3 and len(releases()) == 3,
              "publishing an unchanged site makes no new release")
        with open(os.path.join(public, "filler.bin"), "wb") as f:
            f.write(os.urandom(1024))
        fourth = publish()
        print(fourth.stdout, end="")
        check(fourth.returncode == 0 and sent_count(fourth.stdout) == 1, f"one changed file sends one file ({sent_count(fourth.stdout)})")
        r4 = current()
        check(releases() == sorted(os.path.basename(r) for r in (r2, r3, r4)), f"keep 3: the oldest release is deleted ({releases()})")
        check("Đã xoá 1 bản cũ (giữ 3 bản gần nhất)." in fourth.stdout, "and says so")

        # 5. Rollback, twice, then nothing older.
        back = publish("--rollback")
        print(back.stdout, end="")
        check(back.returncode == 0 and current() == r3, f"rollback points current to the previous release ({current()})")
        check(f"Đã quay lại: {server}/current → bản {vietnam_time(r3)} (thay cho bản {vietnam_time(r4)}," in back.stdout, "and names both releases")
        back = publish("--rollback")
        check(back.returncode == 0 and current() == r2 and tree(os.path.join(server, "current")) == site_b,
              "a second rollback goes one further, to the site before the change")
        none = publish("--rollback", expect=1)
        print(none.stderr, end="")
        check(none.returncode == 1 and f"không có bản nào cũ hơn bản đang chạy ({vietnam_time(r2)})" in none.stderr and current() == r2, "a third rollback says there is nothing older")

        # 6. Two publishes to one server at once: the second waits for the first.
        with open(os.path.join(public, "filler.bin"), "wb") as f:
            f.write(os.urandom(3 * 1024 * 1024))
        relay.rate = 400 * 1024
        first_run = subprocess.Popen([thidua, "publish", "--content", content, "--output", public, "--ssh-config", config],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=work)
        wait_for_partial(server)
        other = os.path.join(work, "other-public")
        shutil.copytree(public, other)  # another copy of the same site, as on another computer
        second_run = subprocess.run([thidua, "publish", "--content", content, "--output", other, "--ssh-config", config],
                                    capture_output=True, text=True, cwd=work)
        out, err = first_run.communicate(timeout=120)
        relay.rate = None
        LOG.extend([out + err, second_run.stdout + second_run.stderr])
        check(first_run.returncode == 0 and tree(os.path.join(server, "current")) == local_tree(public),
              "two publishes at once: the first completes")
        check(second_run.returncode == 0 and "Đang chờ: 127.0.0.1 đang nhận một lần gửi khác" in second_run.stdout
              and "Không có gì thay đổi" in second_run.stdout,
              "the second waits for it, then finds the same site live: " + second_run.stdout.strip().replace("\n", " / "))

        # 7. nginx serves the live release with gzip_static and the 404 page.
        nginx = serve_nginx(work, server)
        if nginx:
            proc_nginx, origin = nginx
            request = urllib.request.Request(origin + "/thidua/", headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request) as answer:
                body, encoding = answer.read(), answer.headers.get("Content-Encoding")
            live_index = open(os.path.join(server, "current", "index.html"), "rb").read()
            check(encoding == "gzip" and gzip.decompress(body) == live_index, "nginx sends index.html.gz to a gzip client")
            with urllib.request.urlopen(origin + "/thidua/") as answer:
                check(answer.read() == live_index and answer.headers.get("Content-Encoding") is None, "and index.html to others")
            try:
                urllib.request.urlopen(origin + "/thidua/khong-co-trang-nay/")
                check(False, "a missing page gives 404")
            except urllib.error.HTTPError as error:
                page = error.read()
                check(error.code == 404 and page == open(os.path.join(server, "current", "404.html"), "rb").read(),
                      "a missing page gives 404 with the site's 404 page")
        else:
            check(False, "nginx starts with the README's configuration")

        # 8. Failures say what happened and what to do.
        closed = publish("--port", str(free_port()), expect=1)
        check("không kết nối được tới máy chủ 127.0.0.1" in closed.stderr and "từ chối kết nối" in closed.stderr, "unreachable: " + closed.stderr.strip())
        english = publish("--port", str(free_port()), "--lang", "en", expect=1)
        check("cannot reach the server 127.0.0.1" in english.stderr, "--lang en: " + english.stderr.strip())
        stranger = run("publish", "--content", content, "--output", public, "--ssh-config", ssh_config("stranger_config", "stranger"), expect=1)
        check("máy chủ từ chối đăng nhập root@127.0.0.1" in stranger.stderr, "key refused: " + stranger.stderr.strip())
        open(os.path.join(keys, "empty_known_hosts"), "w").close()
        unknown = run("publish", "--content", content, "--output", public, "--ssh-config",
                      ssh_config("strict_config", "user", "empty_known_hosts", "yes"), expect=1)
        check("chưa biết máy chủ" in unknown.stderr, "unknown host key: " + unknown.stderr.strip())
        bin_dir = os.path.join(work, "bin")
        os.makedirs(bin_dir)
        os.symlink(shutil.which("ssh"), os.path.join(bin_dir, "ssh"))
        no_rsync = run("publish", "--content", content, "--output", public, "--ssh-config", config,
                       env=dict(os.environ, PATH=bin_dir), expect=1)
        check("không tìm thấy chương trình `rsync`" in no_rsync.stderr and "apt install rsync" in no_rsync.stderr, "rsync missing: " + no_rsync.stderr.strip())
        blocker = os.path.join(work, "server", "a-file")
        open(blocker, "w").close()
        blocked = publish("--to", f"root@127.0.0.1:{blocker}/thidua", "--port", str(relay.port), expect=1)
        check(f"không ghi được vào thư mục {blocker}/thidua trên máy chủ" in blocked.stderr, "not writable: " + blocked.stderr.strip())
        bad = publish("--to", "portal.example.gov.vn", expect=1)
        check("không đúng dạng" in bad.stderr, "bad --to: " + bad.stderr.strip())
        empty = run("publish", "--content", content, "--output", os.path.join(work, "nothing"), expect=1)
        check("chạy `thidua build --output" in empty.stderr, "no built site: " + empty.stderr.strip())
        moved = publish("--to", f"root@127.0.0.1:{server}", "--port", str(relay.port))
        check(moved.returncode == 0 and current() != r2, "--to overrides site.yml")

        # 9. Nothing secret in the logs or the site.
        secrets = [keys, "IdentityFile", "ssh_config", "BEGIN OPENSSH", open(os.path.join(keys, "user")).read().split("\n")[1]]
        log = "\n".join(LOG)
        check(not [s for s in secrets if s in log], "no key path, ssh option or key text in any message")
        leaked = []
        for folder in (public, server):
            for base, _, files in os.walk(folder):
                for name in files:
                    data = open(os.path.join(base, name), "rb").read()
                    if any(s.encode() in data for s in secrets):
                        leaked.append(name)
        check(not leaked, f"no key path or key text in the site or on the server {leaked[:3]}")
    finally:
        if nginx:
            nginx[0].terminate()
        if relay:
            relay.listener.close()
        daemon.terminate()
        daemon.wait()
        shutil.rmtree(work, ignore_errors=True)
    print(f"check_publish: {len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


def serve_nginx(work, server):
    """nginx with the README's location block, serving <server>/current under /thidua/."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        return None
    folder = os.path.join(work, "nginx")
    os.makedirs(folder)
    port = free_port()
    readme = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    block = re.search(r"```nginx\n(.*?)```", readme, re.S).group(1)
    location = re.search(r"(    location /thidua/ \{.*?\n    \})", block, re.S).group(1).replace("/srv/thidua", server)
    with open(os.path.join(folder, "nginx.conf"), "w") as f:
        f.write(f"""worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy; fastcgi_temp_path {folder}/fastcgi;
  uwsgi_temp_path {folder}/uwsgi; scgi_temp_path {folder}/scgi;
  server {{
    listen 127.0.0.1:{port};
{location}
  }}
}}
""")
    proc = subprocess.Popen([nginx, "-c", os.path.join(folder, "nginx.conf"), "-p", folder],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    origin = "http://127.0.0.1:%d" % port
    for _ in range(50):
        try:
            urllib.request.urlopen(origin + "/thidua/", timeout=2).read()
            return proc, origin
        except Exception:
            if proc.poll() is not None:
                return None
            time.sleep(0.1)
    proc.terminate()
    return None


if __name__ == "__main__":
    sys.exit(main())
