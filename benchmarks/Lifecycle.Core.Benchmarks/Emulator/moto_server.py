"""Hosts moto's ThreadedMotoServer for EmulatorThroughputBenchmarks: prints the port, then serves until stdin closes.

Werkzeug's request log and error tracebacks are turned off, so moto is not slowed by writing to a pipe no one reads.
"""
import logging
import sys

from moto.server import ThreadedMotoServer

logging.getLogger("werkzeug").setLevel(logging.CRITICAL)
server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(server.get_host_and_port()[1], flush=True)
sys.stdin.read()
server.stop()
