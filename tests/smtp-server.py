#!/usr/bin/env python3
"""The tests' own SMTP server (aiosmtpd): `start DIR` runs it in the background on a free port of
127.0.0.1, written to DIR/port, and keeps each message it accepts as DIR/mail/N.eml, its envelope
first (X-Mail-From, X-Rcpt-To); `stop DIR` ends it and removes DIR. A recipient whose local part
starts with "reject" gets 550, one starting with "busy" 451. Each connection's EHLO adds a line to
DIR/connections. No TLS: the tests send with --allow-plain."""
import os
import signal
import socket
import sys
import time


def serve(directory):
    from aiosmtpd.controller import Controller

    mail = os.path.join(directory, "mail")
    os.makedirs(mail, exist_ok=True)

    class Keeper:
        # Counted, not listed: listing the folder for each message made the server slower with
        # each message it kept (the bench's thousands).
        received = 0

        async def handle_EHLO(self, server, session, envelope, hostname, responses):
            session.host_name = hostname
            with open(os.path.join(directory, "connections"), "a") as f:
                f.write(hostname + "\n")
            return responses

        async def handle_RCPT(self, server, session, envelope, address, options):
            local = address.split("@")[0].lower()
            if local.startswith("reject"):
                return "550 5.1.1 <%s>: Recipient address rejected: no such mailbox" % address
            if local.startswith("busy"):
                return "451 4.3.0 <%s>: try again later" % address
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            Keeper.received += 1
            number = Keeper.received
            path = os.path.join(mail, "%06d.eml" % number)
            head = "X-Mail-From: %s\r\nX-Rcpt-To: %s\r\n" % (envelope.mail_from, ", ".join(envelope.rcpt_tos))
            with open(path + ".part", "wb") as f:
                f.write(head.encode("utf-8") + envelope.original_content)
            os.rename(path + ".part", path)
            return "250 2.0.0 Ok: queued as %06d" % number

    # A port that is free now (the Controller wants one before it starts).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Keeper(), hostname="127.0.0.1", port=port, decode_data=False, enable_SMTPUTF8=False)
    controller.start()
    with open(os.path.join(directory, "port.part"), "w") as f:
        f.write(str(port))
    os.rename(os.path.join(directory, "port.part"), os.path.join(directory, "port"))
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


def stop(directory):
    try:
        with open(os.path.join(directory, "pid")) as f:
            os.kill(int(f.read()), signal.SIGTERM)
    except (OSError, ValueError):
        pass
    os.system("rm -rf '%s'" % directory.replace("'", ""))


def main():
    action, directory = sys.argv[1], sys.argv[2]
    if action == "stop":
        stop(directory)
        return 0
    if action != "start":
        print("usage: smtp-server.py start|stop DIR", file=sys.stderr)
        return 2
    stop(directory)
    os.makedirs(directory)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    pid = os.fork()
    if pid == 0:
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDWR)
        log = os.open(os.path.join(directory, "server.log"), os.O_WRONLY | os.O_CREAT, 0o644)
        os.dup2(devnull, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        serve(directory)
        os._exit(0)
    with open(os.path.join(directory, "pid"), "w") as f:
        f.write(str(pid))
    for _ in range(300):
        if os.path.exists(os.path.join(directory, "port")):
            return 0
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            break
        time.sleep(0.1)
    print(open(os.path.join(directory, "server.log")).read(), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
