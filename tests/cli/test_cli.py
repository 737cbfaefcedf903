#!/usr/bin/env python3
"""Command-line tests of wicrun: every command, every error, hostile packs.

Run by meson (suite 'cli') as `python3 test_cli.py` with:
  WICRUN       the wicrun binary
  SAMPLE_PACK  build/packs/wuzhen.zip
  MAKE_PACKS   tests/fixtures/make_packs.py (default: found beside tests/)
  FIXTURES     optional: folder to generate the fixtures in (default: a
               temporary folder, removed at the end)

The rules checked everywhere: an error is exactly one line on stderr,
starting with "wicrun: " and naming the file at fault (a script error adds
a Lua traceback after that line); the exit code says what went wrong
(0 ok, 1 script, 2 usage, 3 input, 4 invalid pack, 5 sandbox, 6 limit,
7 newer wicrun, 8 output).  Every run has a timeout, so a hang fails.
"""
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
WICRUN = os.environ.get("WICRUN", "")
SAMPLE_PACK = os.environ.get("SAMPLE_PACK", "")
MAKE_PACKS = os.environ.get(
    "MAKE_PACKS", os.path.join(HERE, "..", "fixtures", "make_packs.py"))
TIMEOUT = 30

EXIT_OK, EXIT_SCRIPT, EXIT_USAGE, EXIT_INPUT, EXIT_PACK = 0, 1, 2, 3, 4
EXIT_SANDBOX, EXIT_LIMIT, EXIT_VERSION, EXIT_OUTPUT = 5, 6, 7, 8


class Result:
    def __init__(self, args, proc, elapsed):
        self.args = args
        self.code = proc.returncode
        self.stdout = proc.stdout.decode("utf-8", "replace")
        self.stderr = proc.stderr.decode("utf-8", "replace")
        self.elapsed = elapsed

    def __str__(self):
        return "\n$ wicrun %s\nexit %s after %.1fs\n--- stdout\n%s--- stderr\n%s" % (
            " ".join(self.args), self.code, self.elapsed, self.stdout[-3000:],
            self.stderr[-3000:])


class CliTestCase(unittest.TestCase):
    fixtures = None
    own_fixtures = False

    @classmethod
    def setUpClass(cls):
        if not WICRUN or not os.access(WICRUN, os.X_OK):
            raise RuntimeError("set WICRUN to the wicrun binary (got %r)" %
                               WICRUN)
        given = os.environ.get("FIXTURES")
        if given:
            os.makedirs(given, exist_ok=True)
            cls.fixtures = os.path.abspath(given)
        else:
            cls.fixtures = tempfile.mkdtemp(prefix="wicrun-cli-")
            cls.own_fixtures = True
        r = subprocess.run([sys.executable, MAKE_PACKS, cls.fixtures,
                            "--wicrun", WICRUN], capture_output=True,
                           text=True, timeout=300)
        if r.returncode != 0:
            raise RuntimeError("make_packs.py failed:\n" + r.stdout +
                               r.stderr)
        cls.scratch = tempfile.mkdtemp(prefix="wicrun-cli-scratch-")

    @classmethod
    def tearDownClass(cls):
        if cls.own_fixtures and not os.environ.get("KEEP_FIXTURES"):
            shutil.rmtree(cls.fixtures, ignore_errors=True)
        shutil.rmtree(cls.scratch, ignore_errors=True)

    # ---- helpers ----

    def fx(self, *parts):
        return os.path.join(self.fixtures, *parts)

    def tmpdir(self):
        return tempfile.mkdtemp(dir=self.scratch)

    def wicrun(self, *args, cwd=None, timeout=TIMEOUT, stdin=None,
               env_extra=None):
        args = [str(a) for a in args]
        env = dict(os.environ)
        env["NO_COLOR"] = "1"
        env.update(env_extra or {})
        start = time.monotonic()
        try:
            proc = subprocess.run([WICRUN] + args, capture_output=True,
                                  timeout=timeout, cwd=cwd, env=env,
                                  stdin=stdin if stdin is not None
                                  else subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            self.fail("wicrun %s: no answer after %ds (hang)" %
                      (" ".join(args), timeout))
        return Result(args, proc, time.monotonic() - start)

    def run_pack(self, name, *extra, out=None, timeout=TIMEOUT):
        """Run fixture NAME.zip with --out in a fresh folder; returns
        (result, out folder)."""
        if out is None:
            out = os.path.join(self.tmpdir(), "out")
        path = name if os.path.isabs(name) else self.fx(name + ".zip")
        r = self.wicrun(path, "--out", out, *extra, timeout=timeout)
        return r, out

    def assertExit(self, r, code):
        if isinstance(code, tuple):
            self.assertIn(r.code, code, r)
        else:
            self.assertEqual(r.code, code, r)

    def assertOneLineError(self, r, code, *needles):
        """Exit `code`, and stderr is one line "wicrun: ..." holding every
        needle."""
        self.assertExit(r, code)
        lines = r.stderr.splitlines()
        self.assertEqual(len(lines), 1, "expected one line on stderr%s" % r)
        self.assertTrue(lines[0].startswith("wicrun: "), r)
        for needle in needles:
            self.assertIn(needle, lines[0], r)
        return lines[0]

    def assertScriptError(self, r, *needles):
        """Exit 1: "wicrun: FILE:LINE: message", then a traceback."""
        self.assertExit(r, EXIT_SCRIPT)
        lines = r.stderr.splitlines()
        self.assertGreaterEqual(len(lines), 2, r)
        self.assertTrue(lines[0].startswith("wicrun: "), r)
        for needle in needles:
            self.assertIn(needle, lines[0], r)
        self.assertEqual(lines[1].strip(), "stack traceback:", r)
        self.assertFalse(any(l.startswith("wicrun: ") for l in lines[1:]), r)
        return lines

    def files_under(self, root):
        found = []
        for folder, _, names in os.walk(root):
            for n in names:
                found.append(os.path.relpath(os.path.join(folder, n), root))
        return sorted(found)


# ---------------------------------------------------------------------------


class TestUsage(CliTestCase):
    def test_help(self):
        for flag in ("--help", "-h"):
            r = self.wicrun(flag)
            self.assertExit(r, EXIT_OK)
            self.assertEqual(r.stderr, "", r)
            for word in ("usage:", "Commands:", "run SCRIPT.lua", "extract",
                         "pack build", "pack info", "pack check",
                         "--out", "--set", "--corpus", "--format",
                         "--memory", "--cpu", "--threads", "Exit codes:"):
                self.assertIn(word, r.stdout, r)
            codes = r.stdout[r.stdout.index("Exit codes:"):]
            for code in range(0, 9):
                self.assertRegex(codes, r"(^|\s)%d \w" % code)

    def test_help_after_command(self):
        r = self.wicrun("pack", "--help")
        self.assertExit(r, EXIT_OK)
        self.assertIn("Commands:", r.stdout)

    def test_version(self):
        r = self.wicrun("--version")
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stdout, "wicrun 0.1.0\n", r)
        self.assertEqual(r.stderr, "", r)

    def test_no_arguments(self):
        r = self.wicrun()
        self.assertExit(r, EXIT_USAGE)
        self.assertEqual(r.stdout, "", r)
        self.assertIn("usage:", r.stderr, r)

    def test_unknown_option(self):
        for args in (["--bogus"], ["run", "x.lua", "--bogus"],
                     ["extract", "--bogus", "x"], ["pack", "info", "-z"]):
            with self.subTest(args=args):
                bad = [a for a in args if a.startswith("-")][0]
                r = self.wicrun(*args)
                self.assertOneLineError(r, EXIT_USAGE, bad)

    def test_bad_numbers(self):
        cases = [("--cpu", "abc"), ("--cpu", "-1"), ("--cpu", "1x"),
                 ("--memory", "0"), ("--memory", "lots"),
                 ("--threads", "0"), ("--threads", "1000")]
        for option, value in cases:
            with self.subTest(option=option, value=value):
                r = self.wicrun("run", self.fx("scripts", "count.lua"),
                                option, value)
                self.assertOneLineError(r, EXIT_USAGE, option, value)
                r = self.wicrun("run", self.fx("scripts", "count.lua"),
                                "%s=%s" % (option, value))
                self.assertOneLineError(r, EXIT_USAGE, option, value)

    def test_option_without_value(self):
        for option in ("--out", "--cpu", "--set", "--corpus", "--format"):
            with self.subTest(option=option):
                r = self.wicrun("run", self.fx("scripts", "count.lua"),
                                option)
                self.assertOneLineError(r, EXIT_USAGE, option)

    def test_bad_set(self):
        for value in ("novalue", "=x"):
            with self.subTest(value=value):
                r = self.wicrun(self.fx("good.zip"), "--set", value)
                self.assertOneLineError(r, EXIT_USAGE, "--set", value)

    def test_unknown_command(self):
        r = self.wicrun("frobnicate")
        self.assertOneLineError(r, EXIT_USAGE, "frobnicate")

    def test_pack_subcommand_errors(self):
        cases = [["pack"], ["pack", "frob", "x.zip"], ["pack", "info"],
                 ["pack", "check"], ["pack", "build"],
                 ["pack", "info", "a.zip", "b.zip"],
                 ["pack", "check", self.fx("good.zip"), "-o", "x.zip"]]
        for args in cases:
            with self.subTest(args=args):
                r = self.wicrun(*args)
                self.assertOneLineError(r, EXIT_USAGE)

    def test_run_pack_extra_arguments(self):
        r = self.wicrun(self.fx("good.zip"), "extra")
        self.assertOneLineError(r, EXIT_USAGE, "extra")
        r = self.wicrun(self.fx("good.zip"), "--corpus", self.fx("corpus"))
        self.assertOneLineError(r, EXIT_USAGE, "--corpus")

    def test_run_needs_one_script(self):
        r = self.wicrun("run")
        self.assertOneLineError(r, EXIT_USAGE)
        r = self.wicrun("run", self.fx("scripts", "count.lua"),
                        self.fx("corpus"))
        self.assertOneLineError(r, EXIT_USAGE, self.fx("corpus"))


# ---------------------------------------------------------------------------


class TestSecurityRegressions(CliTestCase):
    """Each case guards a hole found in review; named after what it guards."""

    def pack(self, lua, name="x"):
        src = self.tmpdir()
        os.makedirs(os.path.join(src, "scripts"))
        os.makedirs(os.path.join(src, "articles"))
        with open(os.path.join(src, "pack.lua"), "w") as f:
            f.write('name = "%s"\nversion = "1"\n' % name)
        with open(os.path.join(src, "articles", "a.txt"), "w") as f:
            f.write("Sales rose 5 percent to 12 million yuan in 2019.\n")
        with open(os.path.join(src, "scripts", "main.lua"), "w") as f:
            f.write(lua)
        out = os.path.join(self.tmpdir(), name + ".zip")
        self.assertExit(self.wicrun("pack", "build", src, "-o", out), EXIT_OK)
        return out

    def test_file_metatable_is_locked(self):
        r, _ = self.run_pack(self.pack(
            'print(getmetatable(io.stdout))\n'
            'local ok = pcall(function() getmetatable(io.stdout).__gc = print end)\n'
            'print(ok)\n'))
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stdout.split(), ["locked", "false"], r)

    def test_gc_cannot_sneak_in_through_index(self):
        r, _ = self.run_pack(self.pack(
            'local mt = setmetatable({}, {__index = function(t, k)\n'
            '  if k == "__gc" then rawset(t, "__gc", function() print("ran") end) end\n'
            'end})\n'
            'setmetatable({}, mt)\ncollectgarbage()\ncollectgarbage()\n'
            'print("done")\n'))
        self.assertExit(r, EXIT_OK)
        self.assertNotIn("ran", r.stdout, r)

    def test_memory_limit_in_a_coroutine_stops_the_run(self):
        r, _ = self.run_pack(self.pack(
            'coroutine.resume(coroutine.create(function()\n'
            '  pcall(function() local t = {} while true do t[#t + 1] = {} end end)\n'
            '  local n = 0 while n < 3e8 do n = n + 1 end\n'
            '  print("still running")\n'
            'end))\n'), "--memory", "32", "--cpu", "60")
        self.assertOneLineError(r, EXIT_LIMIT, "memory limit exceeded")
        self.assertNotIn("still running", r.stdout, r)
        self.assertLess(r.elapsed, 20, r)

    def test_close_handler_loop_meets_the_cpu_limit(self):
        r, _ = self.run_pack(self.pack(
            'local co = coroutine.create(function()\n'
            '  local x <close> = setmetatable({}, {__close = function()\n'
            '    while true do end end})\n'
            '  coroutine.yield()\n'
            'end)\n'
            'coroutine.resume(co)\ncoroutine.close(co)\n'), "--cpu", "1")
        self.assertOneLineError(r, EXIT_LIMIT, "CPU time limit exceeded")
        self.assertLess(r.elapsed, 3.5, "stopped by the hook, not the "
                        "backstop%s" % r)

    def test_loaded_corpora_count_against_memory(self):
        r, _ = self.run_pack(self.pack(
            'local keep = {}\n'
            'for i = 1, 200000 do keep[i] = wic.corpus("articles") end\n'
            'print("kept them all")\n'), "--memory", "16")
        self.assertOneLineError(r, EXIT_LIMIT, "memory limit exceeded")

    def test_symlink_from_any_system_is_refused(self):
        path = os.path.join(self.tmpdir(), "link.zip")
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("pack.lua", 'name = "x"\nversion = "1"\n')
            info = zipfile.ZipInfo("data/link")
            info.create_system = 19  # made on OS X
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "/etc/passwd")
        r = self.wicrun("pack", "check", path)
        self.assertOneLineError(r, EXIT_PACK, "symbolic link")


class TestPackGazetteer(CliTestCase):
    """A pack's own gazetteer (manifest field `gazetteer`) names subjects."""

    def make(self, tsv):
        src = self.tmpdir()
        for folder in ("scripts", "articles", "data"):
            os.makedirs(os.path.join(src, folder))
        with open(os.path.join(src, "pack.lua"), "w") as f:
            f.write('name = "places"\nversion = "1"\n'
                    'gazetteer = "data/places.tsv"\n')
        with open(os.path.join(src, "data", "places.tsv"), "w") as f:
            f.write(tsv)
        with open(os.path.join(src, "articles", "a.txt"), "w") as f:
            f.write("Updated: 2020-05-04\n\nLakeview Harbour handled 5 "
                    "million parcels in 2019.\n")
        with open(os.path.join(src, "scripts", "main.lua"), "w") as f:
            f.write("for f in wic.corpus():figures():records() do\n"
                    "  print(f.text, f.subject)\nend\n")
        return src

    def test_subject_from_pack_gazetteer(self):
        src = self.make("Lakeview Harbour\tcity\tLakeview Harbour\tCN\n")
        pack = os.path.join(self.tmpdir(), "places.zip")
        self.assertExit(self.wicrun("pack", "build", src, "-o", pack), EXIT_OK)
        r, _ = self.run_pack(pack)
        self.assertExit(r, EXIT_OK)
        self.assertIn("5 million parcels\tLakeview Harbour", r.stdout, r)
        r = self.wicrun("extract", pack)
        self.assertExit(r, EXIT_OK)
        figure = json.loads(r.stdout.splitlines()[0])
        self.assertEqual(figure.get("subject"), "Lakeview Harbour", r)

    def test_without_it_no_subject(self):
        src = self.make("Somewhere Else\tcity\tSomewhere Else\tCN\n")
        pack = os.path.join(self.tmpdir(), "places.zip")
        self.assertExit(self.wicrun("pack", "build", src, "-o", pack), EXIT_OK)
        r, _ = self.run_pack(pack)
        self.assertExit(r, EXIT_OK)
        self.assertNotIn("Lakeview", r.stdout, r)

    def test_malformed_gazetteer(self):
        src = self.make("Lakeview Harbour\tplanet\tLakeview Harbour\n")
        pack = os.path.join(self.tmpdir(), "bad.zip")
        with zipfile.ZipFile(pack, "w") as zf:
            for folder, _, names in os.walk(src):
                for n in names:
                    full = os.path.join(folder, n)
                    zf.write(full, os.path.relpath(full, src))
        r, _ = self.run_pack(pack)
        self.assertOneLineError(r, EXIT_PACK, "data/places.tsv", "line 1")
        r = self.wicrun("pack", "check", pack)
        self.assertExit(r, EXIT_PACK)
        self.assertIn("data/places.tsv", r.stdout, r)
        r = self.wicrun("extract", pack)
        self.assertOneLineError(r, EXIT_PACK, "data/places.tsv")


class TestPackBuild(CliTestCase):
    def build(self, src, out, cwd=None):
        return self.wicrun("pack", "build", src, "-o", out, cwd=cwd)

    def test_deterministic(self):
        tmp = self.tmpdir()
        one, two = os.path.join(tmp, "one.zip"), os.path.join(tmp, "two.zip")
        r = self.build(self.fx("src", "good"), one)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stdout, "", r)
        time.sleep(1.1)  # a time stamp from the clock would now differ
        # touching the files must not change the zip either
        for folder, _, names in os.walk(self.fx("src", "good")):
            for n in names:
                os.utime(os.path.join(folder, n))
        r = self.build(self.fx("src", "good"), two)
        self.assertExit(r, EXIT_OK)
        with open(one, "rb") as f1, open(two, "rb") as f2:
            self.assertEqual(f1.read(), f2.read(), "two builds differ")

    def test_contents_and_checksums(self):
        out = os.path.join(self.tmpdir(), "good.zip")
        self.assertExit(self.build(self.fx("src", "good"), out), EXIT_OK)
        with zipfile.ZipFile(out) as zf:
            self.assertIsNone(zf.testzip())
            names = zf.namelist()
            self.assertIn("pack.sha256", names)
            expected = ["articles/a.txt", "articles/b.md", "data/x.csv",
                        "pack.lua", "scripts/main.lua", "scripts/util.lua"]
            self.assertEqual(sorted(n for n in names if n != "pack.sha256"),
                             expected)
            sums = zf.read("pack.sha256").decode()
            listed = {}
            for line in sums.splitlines():
                digest, name = line.split("  ", 1)
                listed[name] = digest
            self.assertEqual(sorted(listed), expected)
            for name in expected:
                self.assertEqual(listed[name],
                                 hashlib.sha256(zf.read(name)).hexdigest(),
                                 name)
                with open(self.fx("src", "good", *name.split("/")),
                          "rb") as f:
                    self.assertEqual(zf.read(name), f.read(), name)

    def test_default_output_name(self):
        tmp = self.tmpdir()
        r = self.wicrun("pack", "build", self.fx("src", "good"), cwd=tmp)
        self.assertExit(r, EXIT_OK)
        self.assertTrue(os.path.isfile(os.path.join(tmp, "goodpack.zip")),
                        os.listdir(tmp))

    def test_hidden_files_left_out(self):
        tmp = self.tmpdir()
        src = os.path.join(tmp, "src")
        shutil.copytree(self.fx("src", "good"), src)
        with open(os.path.join(src, ".secret"), "w") as f:
            f.write("not for the pack\n")
        os.makedirs(os.path.join(src, ".git"))
        with open(os.path.join(src, ".git", "config"), "w") as f:
            f.write("[core]\n")
        out = os.path.join(tmp, "p.zip")
        self.assertExit(self.build(src, out), EXIT_OK)
        with zipfile.ZipFile(out) as zf:
            self.assertFalse([n for n in zf.namelist()
                              if n.startswith(".") or "/." in n])

    def test_folder_without_manifest(self):
        out = os.path.join(self.tmpdir(), "x.zip")
        r = self.build(self.fx("empty"), out)
        self.assertOneLineError(r, EXIT_PACK, self.fx("empty"), "pack.lua")
        self.assertFalse(os.path.exists(out))

    def test_missing_folder(self):
        out = os.path.join(self.tmpdir(), "x.zip")
        missing = self.fx("no-such-folder")
        r = self.build(missing, out)
        self.assertOneLineError(r, (EXIT_INPUT, EXIT_PACK), missing)
        self.assertFalse(os.path.exists(out))

    def test_symlink_in_folder(self):
        tmp = self.tmpdir()
        src = os.path.join(tmp, "src")
        shutil.copytree(self.fx("src", "good"), src)
        os.symlink("/etc/passwd", os.path.join(src, "data", "passwd"))
        out = os.path.join(tmp, "x.zip")
        r = self.build(src, out)
        self.assertOneLineError(r, (EXIT_INPUT, EXIT_PACK), "passwd")
        self.assertFalse(os.path.exists(out))

    def test_refuses_broken_script(self):
        tmp = self.tmpdir()
        src = os.path.join(tmp, "src")
        shutil.copytree(self.fx("src", "good"), src)
        with open(os.path.join(src, "scripts", "main.lua"), "w") as f:
            f.write("print('unfinished\n")
        out = os.path.join(tmp, "x.zip")
        r = self.build(src, out)
        self.assertExit(r, EXIT_PACK)
        self.assertIn("scripts/main.lua:1:", r.stderr, r)
        last = r.stderr.splitlines()[-1]
        self.assertTrue(last.startswith("wicrun: ") and src in last, r)
        self.assertFalse(os.path.exists(out), "a rejected pack was kept")
        self.assertEqual([n for n in os.listdir(tmp) if n != "src"], [],
                         "temporary files left beside the output")

    def test_unwritable_output(self):
        out = os.path.join(self.fx("no-such-folder"), "x.zip")
        r = self.build(self.fx("src", "good"), out)
        self.assertOneLineError(r, EXIT_OUTPUT, out)


class TestPackInfo(CliTestCase):
    def test_good(self):
        r = self.wicrun("pack", "info", self.fx("good.zip"))
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stderr, "", r)
        self.assertRegex(r.stdout, r"(?m)^name\s+goodpack$")
        self.assertRegex(r.stdout, r"(?m)^version\s+1\.0\.0$")
        self.assertRegex(r.stdout, r"(?m)^title\s+A minimal pack$")
        self.assertRegex(r.stdout, r"(?m)^main\s+scripts/main\.lua$")
        self.assertRegex(r.stdout, r"(?m)^params\s+top = 5$")
        self.assertRegex(r.stdout, r"(?m)^articles\s+2$")
        for name in ("pack.lua", "pack.sha256", "scripts/main.lua",
                     "scripts/util.lua", "articles/a.txt", "articles/b.md",
                     "data/x.csv"):
            self.assertRegex(r.stdout, r"(?m)^\s*\d+\s+%s$" % re.escape(name))
        self.assertIn("(7 entries)", r.stdout)

    def test_top_folder(self):
        r = self.wicrun("pack", "info", self.fx("toplevel.zip"))
        self.assertExit(r, EXIT_OK)
        self.assertRegex(r.stdout, r"(?m)^top folder\s+mypack/")
        self.assertRegex(r.stdout, r"(?m)^\s*\d+\s+scripts/main\.lua$")
        self.assertNotIn("mypack/scripts", r.stdout)

    def test_sample_pack(self):
        r = self.wicrun("pack", "info", SAMPLE_PACK)
        self.assertExit(r, EXIT_OK)
        self.assertRegex(r.stdout, r"(?m)^name\s+wuzhen$")
        self.assertRegex(r.stdout, r"(?m)^articles\s+8$")

    def test_errors(self):
        missing = self.fx("missing.zip")
        self.assertOneLineError(self.wicrun("pack", "info", missing),
                                EXIT_INPUT, missing)
        notzip = self.fx("notzip.zip")
        self.assertOneLineError(self.wicrun("pack", "info", notzip),
                                EXIT_PACK, notzip)
        newer = self.fx("newer.zip")
        self.assertOneLineError(self.wicrun("pack", "info", newer),
                                EXIT_VERSION, newer, "99.0")


# What `pack check` and running say about each bad fixture: the exit code
# of check, of a run, and words the message must hold.  The zip's path
# must always be named too.
BAD_PACKS = {
    "notzip": (EXIT_PACK, EXIT_PACK, ["zip"]),
    "truncated": (EXIT_PACK, EXIT_PACK, []),
    "empty": (EXIT_PACK, EXIT_PACK, []),
    "dotdot": (EXIT_PACK, EXIT_PACK, ["../evil.txt"]),
    "dotdot_inner": (EXIT_PACK, EXIT_PACK, ["articles/../../evil.txt"]),
    "absolute": (EXIT_PACK, EXIT_PACK, ["/etc/evil"]),
    "backslash": (EXIT_PACK, EXIT_PACK, ["scripts\\evil.lua"]),
    "symlink": (EXIT_PACK, EXIT_PACK, ["data/link", "symbolic link"]),
    "duplicate": (EXIT_PACK, EXIT_PACK, ["articles/a.txt"]),
    "no_manifest": (EXIT_PACK, EXIT_PACK, ["pack.lua"]),
    "bomb": (EXIT_LIMIT, EXIT_LIMIT, ["articles/zeros.txt"]),
    "bomb_lying": ((EXIT_PACK, EXIT_LIMIT), (EXIT_PACK, EXIT_LIMIT),
                   ["articles/zeros.txt"]),
    "many": (EXIT_LIMIT, EXIT_LIMIT, ["10000"]),
    "manifest_syntax": (EXIT_PACK, EXIT_PACK, ["pack.lua:3:"]),
    "manifest_type": (EXIT_PACK, EXIT_PACK, ["pack.lua", "'name'",
                                             "string"]),
    "manifest_unknown": (EXIT_PACK, EXIT_PACK, ["pack.lua", "colour"]),
    "manifest_loop": (EXIT_PACK, EXIT_PACK, ["pack.lua"]),
    "manifest_code": (EXIT_PACK, EXIT_PACK, ["pack.lua"]),
    "manifest_missing_name": (EXIT_PACK, EXIT_PACK, ["pack.lua", "'name'"]),
    "newer": (EXIT_VERSION, EXIT_VERSION, ["99.0", "0.1.0"]),
    "no_entry": (EXIT_PACK, EXIT_PACK, ["scripts/main.lua", "missing"]),
    "tampered": (EXIT_PACK, EXIT_PACK, ["articles/a.txt", "checksum"]),
    "added": (EXIT_PACK, EXIT_PACK, ["data/extra.csv"]),
}


class TestPackCheck(CliTestCase):
    def test_good(self):
        for name in ("good", "toplevel", "output_ok", "sandbox_os_execute",
                     "limit_cpu_loop"):
            with self.subTest(pack=name):
                path = self.fx(name + ".zip")
                r = self.wicrun("pack", "check", path)
                self.assertExit(r, EXIT_OK)
                self.assertEqual(r.stderr, "", r)
                self.assertIn("%s: ok" % path, r.stdout)

    def test_sample_pack(self):
        r = self.wicrun("pack", "check", SAMPLE_PACK)
        self.assertExit(r, EXIT_OK)
        self.assertIn(": ok", r.stdout)

    def test_missing(self):
        missing = self.fx("missing.zip")
        self.assertOneLineError(self.wicrun("pack", "check", missing),
                                EXIT_INPUT, missing)

    def test_bad_packs(self):
        for name, (code, _, needles) in sorted(BAD_PACKS.items()):
            with self.subTest(pack=name):
                path = self.fx(name + ".zip")
                r = self.wicrun("pack", "check", path)
                # problems are listed on stdout or in the one stderr line
                line = self.assertOneLineError(r, code, path)
                for needle in needles:
                    self.assertIn(needle, r.stdout + line, r)
                self.assertNotIn(": ok", r.stdout, r)

    def test_tampered_lists_the_entry(self):
        r = self.wicrun("pack", "check", self.fx("tampered.zip"))
        self.assertExit(r, EXIT_PACK)
        lines = [l for l in r.stdout.splitlines() if "articles/a.txt" in l]
        self.assertEqual(len(lines), 1, r)
        self.assertIn("checksum mismatch", lines[0])
        self.assertNotIn("articles/b.md", r.stdout, r)

    def test_lists_every_problem(self):
        # hand-zipped with a broken entry script: the missing checksum
        # list and the syntax error are both listed
        r = self.wicrun("pack", "check", self.fx("script_syntax.zip"))
        self.assertExit(r, EXIT_PACK)
        self.assertIn("pack.sha256", r.stdout, r)
        self.assertIn("scripts/main.lua:1:", r.stdout, r)
        self.assertRegex(r.stderr, r"2 problems")

    def test_manifest_loop_stops(self):
        r = self.wicrun("pack", "check", self.fx("manifest_loop.zip"))
        self.assertExit(r, EXIT_PACK)
        self.assertLess(r.elapsed, 10, r)


# ---------------------------------------------------------------------------


class TestRunPack(CliTestCase):
    def test_good(self):
        r, out = self.run_pack("good")
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stderr, "", r)
        self.assertIn("articles: 2\n", r.stdout)
        self.assertIn("top: 5 integer\n", r.stdout)
        self.assertIn("hello from util, pack\n", r.stdout)
        self.assertIn("sandboxed: true\n", r.stdout)
        self.assertIn("csv: file,outlet,date\n", r.stdout)
        ids = re.findall(r"(?m)^id: (.*)$", r.stdout)
        self.assertEqual(len(ids), 2, r)
        self.assertTrue(any(i.endswith("a.txt") for i in ids), ids)
        self.assertTrue(any(i.endswith("b.md") for i in ids), ids)

    def test_set_param(self):
        r, _ = self.run_pack("good", "--set", "top=3")
        self.assertExit(r, EXIT_OK)
        self.assertIn("top: 3 integer\n", r.stdout)
        r, _ = self.run_pack("good", "--set=top=2.5")
        self.assertExit(r, EXIT_OK)
        self.assertIn("top: 2.5 float\n", r.stdout)

    def test_set_param_wrong_type(self):
        r, _ = self.run_pack("good", "--set", "top=abc")
        self.assertOneLineError(r, EXIT_USAGE, "top")

    def test_top_folder(self):
        r, _ = self.run_pack("toplevel")
        self.assertExit(r, EXIT_OK)
        self.assertIn("articles: 2\n", r.stdout)
        self.assertIn("hello from util, pack\n", r.stdout)

    def test_custom_main(self):
        r, _ = self.run_pack("custom_main")
        self.assertExit(r, EXIT_OK)
        self.assertIn("no main here", r.stdout)

    def test_default_output_folder(self):
        tmp = self.tmpdir()
        r = self.wicrun(self.fx("output_ok.zip"), cwd=tmp)
        self.assertExit(r, EXIT_OK)
        self.assertTrue(os.path.isfile(os.path.join(tmp, "out", "output-ok",
                                                    "report.txt")),
                        self.files_under(tmp))

    def test_missing(self):
        missing = self.fx("missing.zip")
        self.assertOneLineError(self.wicrun(missing), EXIT_INPUT, missing)

    def test_folder_is_not_a_pack(self):
        r = self.wicrun(self.fx("src", "good"))
        self.assertEqual(len(r.stderr.splitlines()), 1, r)
        self.assertIn(r.code, (EXIT_USAGE, EXIT_INPUT, EXIT_PACK), r)

    def test_bad_packs(self):
        for name, (_, code, needles) in sorted(BAD_PACKS.items()):
            with self.subTest(pack=name):
                path = self.fx(name + ".zip")
                r, out = self.run_pack(name)
                self.assertOneLineError(r, code, path, *needles)
                self.assertEqual(r.stdout, "", r)
                self.assertFalse(os.path.exists(out) and os.listdir(out), r)

    def test_script_syntax_error(self):
        r, _ = self.run_pack("script_syntax")
        self.assertExit(r, (EXIT_SCRIPT, EXIT_PACK))
        self.assertTrue(r.stderr.startswith("wicrun: "), r)
        self.assertIn("scripts/main.lua:1:", r.stderr.splitlines()[0], r)

    def test_script_error_traceback(self):
        r, _ = self.run_pack("script_error")
        lines = self.assertScriptError(r, "scripts/main.lua:2:",
                                       "kaboom: deep")
        self.assertTrue(lines[0].startswith("wicrun: scripts/main.lua:2: "),
                        r)
        trace = "\n".join(lines[1:])
        self.assertIn("scripts/main.lua:2:", trace)
        self.assertIn("scripts/main.lua:6:", trace)
        self.assertIn("scripts/main.lua:9:", trace)

    def test_require_pack_module(self):
        r, _ = self.run_pack("good")
        self.assertExit(r, EXIT_OK)
        self.assertIn("hello from util", r.stdout)


class TestSampleRun(CliTestCase):
    def check_csv(self, path):
        self.assertTrue(os.path.isfile(path), path)
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0], ["id", "date", "outlet", "words", "title"])
        self.assertEqual(len(rows), 9, rows)
        for row in rows[1:]:
            self.assertEqual(len(row), 5, row)
            self.assertTrue(row[3].isdigit(), row)

    def test_run(self):
        out = os.path.join(self.tmpdir(), "wuzhen")
        r = self.wicrun(SAMPLE_PACK, "--out", out)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stderr, "", r)
        self.assertIn("Wuzhen and Zhejiang's digital economy: 8 articles",
                      r.stdout)
        self.assertIn("Dates and outlets checked against data/sources.csv",
                      r.stdout)
        self.check_csv(os.path.join(out, "articles.csv"))
        self.assertEqual(self.files_under(out), ["articles.csv"])

    def test_sample_is_consistent(self):
        r = self.wicrun(SAMPLE_PACK, "--out",
                        os.path.join(self.tmpdir(), "o"))
        self.assertExit(r, EXIT_OK)
        self.assertIn("0 difference(s)", r.stdout, r)

    def test_default_out(self):
        tmp = self.tmpdir()
        r = self.wicrun(SAMPLE_PACK, cwd=tmp)
        self.assertExit(r, EXIT_OK)
        self.check_csv(os.path.join(tmp, "out", "wuzhen", "articles.csv"))

    def test_set_top(self):
        r = self.wicrun(SAMPLE_PACK, "--out", os.path.join(self.tmpdir(), "o"),
                        "--set", "top=3")
        self.assertExit(r, EXIT_OK)


# ---------------------------------------------------------------------------


SANDBOX_PACKS = ["os_execute", "io_popen", "os_getenv", "open_passwd",
                 "open_parent_write", "package_loadlib", "string_dump",
                 "load_binary_mode", "debug_getregistry", "debug_sethook",
                 "dofile", "io_read_stdin", "pcall_continue"]


class TestSandbox(CliTestCase):
    def test_violations_exit_5(self):
        for name in SANDBOX_PACKS:
            with self.subTest(pack=name):
                r, out = self.run_pack("sandbox_" + name)
                self.assertOneLineError(r, EXIT_SANDBOX, "sandbox")

    def test_violation_messages_name_the_script(self):
        for name in SANDBOX_PACKS:
            with self.subTest(pack=name):
                r, _ = self.run_pack("sandbox_" + name)
                self.assertOneLineError(r, EXIT_SANDBOX, "scripts/main.lua:")

    def test_os_execute_did_not_run(self):
        marker = "/tmp/wicrun-pwned"
        if os.path.exists(marker):
            os.unlink(marker)
        r, _ = self.run_pack("sandbox_os_execute")
        self.assertExit(r, EXIT_SANDBOX)
        self.assertFalse(os.path.exists(marker))
        self.assertNotIn("ran", r.stdout)

    def test_no_write_outside_output(self):
        tmp = self.tmpdir()
        out = os.path.join(tmp, "out")
        r, _ = self.run_pack("sandbox_open_parent_write", out=out)
        self.assertExit(r, EXIT_SANDBOX)
        self.assertEqual(self.files_under(tmp), [])

    def test_passwd_not_printed(self):
        r, _ = self.run_pack("sandbox_open_passwd")
        self.assertNotIn("root:", r.stdout)

    def test_pcall_does_not_hide_a_violation(self):
        r, out = self.run_pack("sandbox_pcall_continue")
        line = self.assertOneLineError(r, EXIT_SANDBOX, "os.execute")
        self.assertEqual(line.count("scripts/main.lua:"), 1,
                         "the location is given once%s" % r)
        self.assertNotIn("went on", r.stdout, r)
        self.assertFalse(os.path.exists(os.path.join(out, "after.txt")))

    def test_stdin_is_not_read(self):
        r = self.wicrun(self.fx("sandbox_io_read_stdin.zip"), "--out",
                        os.path.join(self.tmpdir(), "o"),
                        stdin=subprocess.PIPE)
        self.assertExit(r, EXIT_SANDBOX)

    def test_read_only_tables(self):
        for name in ("string_field", "string_rawset", "string_metatable",
                     "string_setmetatable", "wic_field", "wic_params",
                     "wic_submodule"):
            with self.subTest(pack=name):
                r, _ = self.run_pack("readonly_" + name)
                self.assertIn(r.code, (EXIT_SCRIPT, EXIT_SANDBOX), r)
                self.assertNotIn("modified", r.stdout, r)
                first = r.stderr.splitlines()[0] if r.stderr else ""
                self.assertTrue(first.startswith("wicrun: "), r)
                if name not in ("string_metatable", "string_setmetatable"):
                    self.assertIn("read-only", first, r)

    def test_read_only_messages_name_the_script(self):
        for name in ("string_field", "string_rawset", "wic_field",
                     "wic_params", "wic_submodule"):
            with self.subTest(pack=name):
                r, _ = self.run_pack("readonly_" + name)
                first = r.stderr.splitlines()[0] if r.stderr else ""
                self.assertIn("scripts/main.lua:1:", first, r)

    def test_read_only_tables_stay_intact(self):
        r, _ = self.run_pack("readonly_intact")
        self.assertExit(r, EXIT_OK)
        self.assertIn("intact", r.stdout)

    def test_require_c_module(self):
        r, _ = self.run_pack("require_c")
        self.assertIn(r.code, (EXIT_SCRIPT, EXIT_SANDBOX), r)
        self.assertTrue(r.stderr.startswith("wicrun: "), r)
        self.assertIn("lfs", r.stderr.splitlines()[0], r)

    def test_require_outside_scripts(self):
        r, _ = self.run_pack("require_escape")
        self.assertIn(r.code, (EXIT_SCRIPT, EXIT_SANDBOX), r)
        self.assertIn("..secret", r.stderr.splitlines()[0], r)


class TestLimits(CliTestCase):
    def check_limit(self, name, *args, word):
        r, out = self.run_pack(name, *args)
        line = self.assertOneLineError(r, EXIT_LIMIT, word)
        self.assertNotIn("escaped the limit", r.stdout, r)
        return r

    def test_cpu_loop(self):
        r = self.check_limit("limit_cpu_loop", "--cpu", "1", word="CPU")
        self.assertLess(r.elapsed, 8, r)
        self.assertIn("--cpu", r.stderr)

    def test_cpu_under_pcall(self):
        r = self.check_limit("limit_cpu_pcall", "--cpu", "1", word="CPU")
        self.assertLess(r.elapsed, 8, r)

    def test_cpu_in_coroutine(self):
        r = self.check_limit("limit_cpu_coroutine", "--cpu", "1", word="CPU")
        self.assertLess(r.elapsed, 8, r)

    def test_cpu_fraction(self):
        r = self.check_limit("limit_cpu_loop", "--cpu", "0.5", word="CPU")
        self.assertLess(r.elapsed, 8, r)

    def test_memory_hog(self):
        self.check_limit("limit_memory_hog", "--memory", "16", "--cpu", "20",
                         word="memory")

    def test_memory_under_pcall(self):
        self.check_limit("limit_memory_pcall", "--memory", "16", "--cpu",
                         "20", word="memory")

    def test_memory_concat(self):
        self.check_limit("limit_memory_concat", "--memory", "16", "--cpu",
                         "20", word="memory")

    def test_limit_messages_name_the_pack(self):
        cases = [("limit_cpu_loop", ["--cpu", "1"]),
                 ("limit_memory_hog", ["--memory", "16", "--cpu", "20"])]
        for name, args in cases:
            with self.subTest(pack=name):
                r, _ = self.run_pack(name, *args)
                line = self.assertOneLineError(r, EXIT_LIMIT)
                self.assertTrue(self.fx(name + ".zip") in line or
                                "scripts/main.lua" in line, r)

    def test_rep_of_empty_string(self):
        r, _ = self.run_pack("rep_empty", "--cpu", "10")
        self.assertExit(r, EXIT_OK)
        self.assertIn("rep: 0 0 0", r.stdout)
        self.assertLess(r.elapsed, 5, r)

    def test_rep_huge(self):
        r, _ = self.run_pack("rep_huge", "--cpu", "10")
        self.assertIn(r.code, (EXIT_SCRIPT, EXIT_LIMIT), r)
        self.assertTrue(r.stderr.startswith("wicrun: "), r)
        self.assertIn("rep", r.stderr.splitlines()[0], r)
        self.assertLess(r.elapsed, 5, r)

    def test_run_script_cpu(self):
        r = self.wicrun("run", self.fx("scripts", "loop.lua"), "--cpu", "1")
        self.assertOneLineError(r, EXIT_LIMIT, "CPU")
        self.assertLess(r.elapsed, 8, r)


class TestOutput(CliTestCase):
    def test_files_written(self):
        r, out = self.run_pack("output_ok")
        self.assertExit(r, EXIT_OK)
        self.assertIn("wrote to " + out, r.stdout)
        with open(os.path.join(out, "report.txt")) as f:
            self.assertEqual(f.read(), "hello report\ntop = 5\n")
        with open(os.path.join(out, "sub", "dir", "nested.txt")) as f:
            self.assertEqual(f.read(), "nested\n")
        with open(os.path.join(out, "unclosed.txt")) as f:
            self.assertEqual(f.read(), "left open\n")
        self.assertEqual(self.files_under(out),
                         ["report.txt", "sub/dir/nested.txt", "unclosed.txt"])

    def test_error_leaves_no_half_file(self):
        r, out = self.run_pack("output_error")
        self.assertScriptError(r, "scripts/main.lua:6:", "stopped halfway")
        self.assertEqual(self.files_under(out) if os.path.isdir(out) else [],
                         [])

    def test_limit_leaves_no_partial_file(self):
        # a pack stopped by a limit while writing keeps nothing of it
        r, out = self.run_pack("limit_cpu_writing", "--cpu", "1")
        self.assertOneLineError(r, EXIT_LIMIT, "CPU")
        self.assertEqual(self.files_under(out) if os.path.isdir(out) else [],
                         [])

    def test_output_folder_cannot_be_made(self):
        tmp = self.tmpdir()
        blocker = os.path.join(tmp, "file")
        with open(blocker, "w") as f:
            f.write("a file where the folder should go\n")
        out = os.path.join(blocker, "out")
        r = self.wicrun(self.fx("output_ok.zip"), "--out", out)
        self.assertOneLineError(r, EXIT_OUTPUT, out)


# ---------------------------------------------------------------------------


class TestRunScript(CliTestCase):
    def script(self, name):
        return self.fx("scripts", name)

    def test_corpus_folder(self):
        r = self.wicrun("run", self.script("count.lua"), "--corpus",
                        self.fx("corpus"))
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stdout, "2\n", r)
        self.assertEqual(r.stderr, "", r)

    def test_corpus_files(self):
        r = self.wicrun("run", self.script("count.lua"),
                        "--corpus", self.fx("corpus", "a.txt"),
                        "--corpus=" + self.fx("corpus", "b.md"))
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stdout, "2\n", r)

    def test_corpus_pack(self):
        r = self.wicrun("run", self.script("count.lua"), "--corpus",
                        self.fx("good.zip"))
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stdout, "2\n", r)

    def test_no_corpus(self):
        r = self.wicrun("run", self.script("count.lua"))
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.stdout, "0\n", r)

    def test_params_and_not_sandboxed(self):
        r = self.wicrun("run", self.script("params.lua"), "--set", "name=joe")
        self.assertExit(r, EXIT_OK)
        self.assertIn("name=joe\n", r.stdout)
        self.assertIn("sandboxed=false\n", r.stdout)

    def test_missing_script(self):
        missing = self.script("missing.lua")
        r = self.wicrun("run", missing)
        self.assertOneLineError(r, EXIT_INPUT, missing)

    def test_missing_corpus(self):
        missing = self.fx("no-such-corpus")
        r = self.wicrun("run", self.script("count.lua"), "--corpus", missing)
        self.assertOneLineError(r, EXIT_INPUT, missing)

    def test_script_error(self):
        path = self.script("error.lua")
        lines = self.assertScriptError(self.wicrun("run", path),
                                       path + ":2:", "run failed here")
        self.assertIn(path + ":4:", "\n".join(lines[1:]))

    def test_syntax_error(self):
        path = self.script("syntax.lua")
        r = self.wicrun("run", path)
        self.assertExit(r, EXIT_SCRIPT)
        self.assertTrue(r.stderr.startswith("wicrun: " + path + ":1:"), r)


# ---------------------------------------------------------------------------


FIGURE_FIELDS = ("doc", "start", "end", "text", "value", "unit")


class TestLibrariesOnFirstUse(CliTestCase):
    """libxml2 and libzip are loaded only by the runs that need them (see
    runtime/core/library.h); the dynamic loader says what it loads."""

    def loaded(self, *args):
        r = self.wicrun(*args, env_extra={"LD_DEBUG": "files"})
        self.assertExit(r, EXIT_OK)
        names = set(re.findall(r"file=(lib[a-z0-9]+)\.so", r.stderr))
        return r, names

    def test_plain_text_loads_neither(self):
        r, names = self.loaded("extract", self.fx("corpus", "a.txt"))
        self.assertGreater(len(r.stdout.splitlines()), 0, r)
        self.assertIn("libc", names)  # the check itself works
        self.assertNotIn("libxml2", names)
        self.assertNotIn("libzip", names)

    def test_html_loads_libxml2(self):
        page = os.path.join(self.tmpdir(), "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write("<html><body><nav>Home 1 2 3</nav><p>Sales rose 12 "
                    "percent to 3.5 billion yuan.</p></body></html>")
        r, names = self.loaded("extract", page)
        self.assertIn("libxml2", names)
        self.assertNotIn("libzip", names)
        values = [json.loads(line)["value"]
                  for line in r.stdout.splitlines()]
        self.assertEqual(values, [12, 3.5e9], r)

    def test_pack_loads_libzip(self):
        r, names = self.loaded("pack", "info", SAMPLE_PACK)
        self.assertIn("libzip", names)


class TestExtract(CliTestCase):
    def test_options_of_other_commands_are_refused(self):
        for extra in (["-o", "x.jsonl"], ["--out", "d"], ["--set", "a=b"]):
            r = self.wicrun("extract", *extra, self.fx("corpus"))
            self.assertOneLineError(r, EXIT_USAGE, "extract takes only")

    def sources(self):
        texts = {}
        for name in ("a.txt", "b.md"):
            with open(self.fx("corpus", name), encoding="utf-8") as f:
                texts[name] = f.read()
        return texts

    def test_jsonl(self):
        for args in ([], ["--format", "jsonl"], ["--format=jsonl"]):
            with self.subTest(args=args):
                r = self.wicrun("extract", *args, self.fx("corpus"))
                self.assertExit(r, EXIT_OK)
                self.assertEqual(r.stderr, "", r)
                lines = r.stdout.splitlines()
                self.assertGreater(len(lines), 0, r)
                texts = self.sources()
                docs = set()
                for line in lines:
                    record = json.loads(line)
                    self.assertIsInstance(record, dict)
                    for field in FIGURE_FIELDS:
                        self.assertIn(field, record, line)
                    self.assertIsInstance(record["start"], int, line)
                    self.assertIsInstance(record["end"], int, line)
                    self.assertLess(record["start"], record["end"], line)
                    self.assertIsInstance(record["value"], (int, float), line)
                    self.assertIsInstance(record["text"], str, line)
                    base = os.path.basename(record["doc"])
                    self.assertIn(base, texts, line)
                    self.assertIn(" ".join(record["text"].split()),
                                  " ".join(texts[base].split()), line)
                    docs.add(base)
                self.assertEqual(docs, {"a.txt", "b.md"})

    def test_csv(self):
        r = self.wicrun("extract", "--format", "csv", self.fx("corpus"))
        self.assertExit(r, EXIT_OK)
        rows = list(csv.reader(io.StringIO(r.stdout)))
        self.assertGreater(len(rows), 1, r)
        header = rows[0]
        for field in FIGURE_FIELDS:
            self.assertIn(field, header)
        for row in rows[1:]:
            self.assertEqual(len(row), len(header), row)

    def test_csv_header_when_nothing_found(self):
        tmp = self.tmpdir()
        with open(os.path.join(tmp, "quiet.txt"), "w") as f:
            f.write("Nothing to count here.\n")
        r = self.wicrun("extract", "--format", "csv", tmp)
        self.assertExit(r, EXIT_OK)
        rows = list(csv.reader(io.StringIO(r.stdout)))
        self.assertEqual(len(rows), 1, r)

    def test_table(self):
        r = self.wicrun("extract", "--format", "table", self.fx("corpus"))
        self.assertExit(r, EXIT_OK)
        self.assertNotEqual(r.stdout.strip(), "", r)

    def test_same_figures_on_one_thread(self):
        a = self.wicrun("extract", self.fx("corpus"))
        b = self.wicrun("extract", "--threads", "1", self.fx("corpus"))
        self.assertExit(a, EXIT_OK)
        self.assertEqual(a.stdout, b.stdout)

    def test_pack(self):
        r = self.wicrun("extract", self.fx("good.zip"))
        self.assertExit(r, EXIT_OK)
        self.assertGreater(len(r.stdout.splitlines()), 0, r)
        for line in r.stdout.splitlines():
            json.loads(line)

    def test_missing_path(self):
        missing = self.fx("no-such-file.txt")
        r = self.wicrun("extract", missing)
        self.assertOneLineError(r, EXIT_INPUT, missing)

    def test_full_disk(self):
        # a failed write stops the run with one line and exit 8, whether
        # the main thread writes for workers or extracts alone
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full on this system")
        for threads in ("1", "2"):
            with open("/dev/full", "w") as full:
                proc = subprocess.run(
                    [WICRUN, "extract", "--threads", threads,
                     self.fx("corpus")],
                    stdout=full, stderr=subprocess.PIPE, timeout=TIMEOUT,
                    stdin=subprocess.DEVNULL)
            err = proc.stderr.decode()
            self.assertEqual(proc.returncode, EXIT_OUTPUT, err)
            self.assertEqual(len(err.strip().splitlines()), 1, err)
            self.assertIn("writing the figures", err)

    def test_article_failing_mid_run_is_reported_and_skipped(self):
        # big.txt is listed like any file but fails when it is loaded, in
        # the middle of the run (a sparse file over the 2 GiB article
        # limit: it takes no disk); the articles around it still come out,
        # in order, and the exit code says that something was left out
        folder = self.tmpdir()
        texts = {"a.txt": "Sales rose 5 percent to 300 million yuan.\n",
                 "c.txt": "Exports rose 7 percent in 2021.\n"}
        for name, text in texts.items():
            with open(os.path.join(folder, name), "w") as f:
                f.write(text)
        with open(os.path.join(folder, "big.txt"), "wb") as f:
            f.truncate(3 << 30)
        for threads in ("1", "2"):
            with self.subTest(threads=threads):
                r = self.wicrun("extract", "--threads", threads, folder)
                self.assertOneLineError(r, EXIT_LIMIT, "big.txt")
                self.assertIn("limit", r.stderr)
                docs = [json.loads(line)["doc"]
                        for line in r.stdout.splitlines()]
                self.assertEqual(docs, ["a.txt", "a.txt", "c.txt"], r)

    def test_dangling_link_is_reported(self):
        # a link to nowhere named as an article is not silently dropped:
        # it is reported, the rest extracted, and the exit code is 3
        folder = self.tmpdir()
        with open(os.path.join(folder, "a.txt"), "w") as f:
            f.write("Sales rose 5 percent to 300 million yuan.\n")
        os.symlink(os.path.join(folder, "nowhere"),
                   os.path.join(folder, "gone.txt"))
        os.symlink(os.path.join(folder, "nowhere"),
                   os.path.join(folder, "gone.bin"))  # not an article name
        r = self.wicrun("extract", folder)
        self.assertOneLineError(r, EXIT_INPUT, "gone.txt")
        self.assertEqual(len(r.stdout.splitlines()), 2, r)

    def test_link_loop_is_reported_once(self):
        # a link back up the tree is reported in its place and skipped;
        # the articles before and after it are extracted once each
        folder = self.tmpdir()
        for name, text in (("a.txt", "Sales rose 5 percent.\n"),
                           ("sub/b.txt", "Profit was 12 million yuan.\n"),
                           ("sub/z/c.txt", "It hired 40 engineers.\n")):
            os.makedirs(os.path.dirname(os.path.join(folder, name)),
                        exist_ok=True)
            with open(os.path.join(folder, name), "w") as f:
                f.write(text)
        os.symlink("..", os.path.join(folder, "sub", "up"))
        for threads in ("1", "2"):
            with self.subTest(threads=threads):
                r = self.wicrun("extract", "--threads", threads, folder)
                self.assertOneLineError(r, EXIT_INPUT, "sub/up", "link")
                docs = [json.loads(line)["doc"]
                        for line in r.stdout.splitlines()]
                self.assertEqual(docs, ["a.txt", "sub/b.txt", "sub/z/c.txt"])

    def test_too_deep_and_too_long_are_reported(self):
        # folders 40 deep, and a path over 4,096 bytes: each reported in
        # its place (exit 3), the articles around them still extracted
        folder = self.tmpdir()
        with open(os.path.join(folder, "a.txt"), "w") as f:
            f.write("Sales rose 5 percent.\n")
        deep = os.path.join(folder, "deep", *(["d"] * 40))
        os.makedirs(deep)
        with open(os.path.join(deep, "x.txt"), "w") as f:
            f.write("It hired 40 engineers.\n")
        # made a level at a time: the whole path is too long for mkdir
        fd = os.open(folder, os.O_RDONLY)
        for name in ["long"] + ["n" * 250] * 17:
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        os.close(fd)
        with open(os.path.join(folder, "z.txt"), "w") as f:
            f.write("Profit was 12 million yuan.\n")
        for threads in ("1", "2"):
            with self.subTest(threads=threads):
                r = self.wicrun("extract", "--threads", threads, folder)
                self.assertExit(r, EXIT_INPUT)
                lines = r.stderr.splitlines()
                self.assertEqual(len(lines), 2, r)
                self.assertIn("nested more than 32 deep", lines[0])
                self.assertIn("path too long", lines[1])
                docs = [json.loads(line)["doc"]
                        for line in r.stdout.splitlines()]
                self.assertEqual(docs, ["a.txt", "z.txt"])

    def test_memory_does_not_grow_with_the_number_of_files(self):
        # folders are walked as they are read: 10,000 files need no more
        # memory than 200 (a list of their paths took 1.5 MB more)
        if os.environ.get("WICRUN_SANITIZE", "none") != "none":
            self.skipTest("a sanitizer holds freed memory: peaks mean nothing")
        if not os.access("/usr/bin/time", os.X_OK):
            self.fail("/usr/bin/time is missing: tools/setup.sh installs it")
        def peak_kb(n):
            folder = self.tmpdir()
            for i in range(n):
                sub = os.path.join(folder, "%03d" % (i // 500))
                os.makedirs(sub, exist_ok=True)
                with open(os.path.join(sub, "p%05d.txt" % i), "w") as f:
                    f.write("Exports rose 3.5 percent to 12 million yuan.\n")
            r = subprocess.run(["/usr/bin/time", "-f", "%M", WICRUN,
                                "extract", "--threads", "1", folder],
                               stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            return int(r.stderr.split()[-1])
        small, large = peak_kb(200), peak_kb(10000)
        self.assertLess(large - small, 600, (small, large))

    def test_bad_format(self):
        r = self.wicrun("extract", "--format", "xml", self.fx("corpus"))
        self.assertOneLineError(r, EXIT_USAGE, "xml")
        self.assertEqual(r.stdout, "")

    def test_no_path(self):
        self.assertOneLineError(self.wicrun("extract"), EXIT_USAGE)

    def test_bad_pack(self):
        path = self.fx("dotdot.zip")
        r = self.wicrun("extract", path)
        self.assertOneLineError(r, EXIT_PACK, path)


if __name__ == "__main__":
    unittest.main(verbosity=2)
