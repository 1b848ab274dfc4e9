#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal, as a person at a terminal would, for tests/it/terminal.rs.

    python3 drive.py STEPS_JSON COMMAND [ARG ...]

STEPS_JSON is a list of [text, keys]: wait until the output so far contains `text` (since the
previous step's text; an empty text waits a second instead), then type `keys`. Prints one JSON object: the exit status (negative for
a signal), everything the command wrote, and whether the terminal still echoes afterwards.
"""

import json
import os
import pty
import select
import sys
import termios
import time

TIMEOUT = 20


def main():
    steps = json.loads(sys.argv[1])
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[2], sys.argv[2:])
    output = b""
    seen = 0
    deadline = time.monotonic() + TIMEOUT
    pending = list(steps)
    status = None
    while time.monotonic() < deadline:
        if pending and pending[0][0].encode() in output[seen:]:
            text, keys = pending.pop(0)
            seen = output.index(text.encode(), seen) + len(text.encode())
            # Let the command reach its read (and turn echo off) before the keys arrive; with
            # no text to wait for, give it a whole second to start.
            time.sleep(0.2 if text else 1.0)
            os.write(fd, keys.encode())
            continue
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if chunk:
                output += chunk
                continue
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
            while select.select([fd], [], [], 0.1)[0]:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
            break
    echo = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
    if status is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    print(json.dumps({"status": status, "output": output.decode(errors="replace"), "echo": echo,
                      "steps_left": [text for text, _ in pending]}))


main()
