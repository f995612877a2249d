"""Runs a command in a pseudo-terminal and answers its questions (for the prompt tests).

usage: pty-drive.py CWD ANSWERS-JSON CMD [ARG...]
ANSWERS-JSON is a list of strings; each is typed (with Enter) once the command waits at a
prompt (its output, stripped of ANSI codes, ends in ": " and has been quiet for a moment).
The string "^C" types Ctrl-C instead. Prints the terminal's output, then "EXIT <code>".
"""
import json, os, pty, re, select, sys, time

cwd, answers, cmd = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.chdir(cwd)
    os.execvp(cmd[0], cmd)

out = b""
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def pump(timeout):
    """Reads what arrives within `timeout` seconds; False once the terminal closed."""
    global out
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return True
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        return False
    if not chunk:
        return False
    out += chunk
    return True


def wait_prompt(limit=20.0):
    end = time.time() + limit
    while time.time() < end:
        before = len(out)
        if not pump(0.15):
            return False
        if len(out) == before and ANSI.sub(b"", out).endswith(b": "):
            return True
    return False


for a in answers:
    if not wait_prompt():
        break
    os.write(fd, b"\x03" if a == "^C" else a.encode("utf8") + b"\r")
    out += b"\n"  # keep the next prompt from matching the one just answered

end = time.time() + 20
while time.time() < end and pump(0.2):
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(ANSI.sub(b"", out).decode("utf8", "replace"))
print("\nEXIT", os.waitstatus_to_exitcode(status))
