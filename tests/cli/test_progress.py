"""Progress on stderr: shown on a terminal, never in a pipe, NO_COLOR obeyed.

Run by meson with WICRUN set.  The bar normally waits 400 ms before it
appears; WICRUN_PROGRESS_DELAY_MS=0 makes it appear at once so a small
corpus is enough.
"""
import os
import pty
import subprocess
import sys
import tempfile
import unittest

WICRUN = os.environ["WICRUN"]


def make_corpus(folder, n=40):
    for i in range(n):
        with open(os.path.join(folder, "a%03d.txt" % i), "w") as f:
            f.write("Sales rose 5 percent to 12 million yuan in 2019.\n" * 50)


def run_on_terminal(args, env):
    """Run with stderr on a pseudo-terminal; return what it printed there."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=follower,
                            env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=30)
    os.close(leader)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


class Progress(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        make_corpus(cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def env(self, **extra):
        env = dict(os.environ)
        env.pop("NO_COLOR", None)
        env["TERM"] = "xterm"
        env["WICRUN_PROGRESS_DELAY_MS"] = "0"
        env.update(extra)
        return env

    def test_terminal_shows_progress_in_colour(self):
        code, err = run_on_terminal(
            [WICRUN, "extract", "--threads", "1", self.tmp.name], self.env())
        self.assertEqual(code, 0)
        self.assertIn("extracting", err)
        self.assertIn("/40", err)
        self.assertIn("\x1b[36m", err)

    def test_no_color_is_honoured(self):
        code, err = run_on_terminal(
            [WICRUN, "extract", "--threads", "1", self.tmp.name],
            self.env(NO_COLOR="1"))
        self.assertEqual(code, 0)
        self.assertIn("extracting", err)
        self.assertNotIn("\x1b[36m", err)

    def test_pipe_shows_nothing(self):
        run = subprocess.run([WICRUN, "extract", self.tmp.name],
                             stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env=self.env(),
                             timeout=30)
        self.assertEqual(run.returncode, 0)
        self.assertEqual(run.stderr, b"")

    def test_loading_shows_progress(self):
        script = os.path.join(self.tmp.name, "count.lua")
        with open(script, "w") as f:
            f.write("print(#wic.corpus())\n")
        code, err = run_on_terminal(
            [WICRUN, "run", script, "--corpus", self.tmp.name,
             "--threads", "1"], self.env())
        self.assertEqual(code, 0)
        self.assertIn("loading", err)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
