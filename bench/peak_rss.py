#!/usr/bin/python3
"""Runs a command and prints its wall time and peak memory, summed over its process tree.

usage: peak_rss.py COMMAND [ARG...]
Prints 'wall_s=<seconds> cpu_s=<seconds> peak_rss_kib=<KiB>' on stderr after the command's own
output (cpu_s: user + system time of the command and every process it waited for); exits with
the command's status. Memory is sampled every 20 ms from /proc as the proportional set size
(PSS) of the parent and all its workers at the same moment: pages shared between forked workers
count once, as they do in the machine's memory.
"""
import os
import resource
import subprocess
import sys
import time


def tree_rss_kib(root):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def main():
    started = time.monotonic()
    process = subprocess.Popen(sys.argv[1:])
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_kib(process.pid))
        time.sleep(0.02)
    wall = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    print(f"wall_s={wall:.3f} cpu_s={cpu:.3f} peak_rss_kib={peak}", file=sys.stderr)
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
