#!/usr/bin/env python3
"""A real SMTP server for tst_emailpublisher, over aiosmtpd (Debian python3-aiosmtpd).

    smtpserver.py SPOOL_DIR USER PASSWORD

Listens on 127.0.0.1 on a port the system picks and prints "PORT <n>" on stdout once it accepts
connections. AUTH (PLAIN or LOGIN) is required and accepted for USER/PASSWORD without TLS (the
connection never leaves the machine). Each message is written to SPOOL_DIR as NNN.eml (the bytes
received) and NNN.json (what Python's standard email parser reads from them: envelope, headers,
decoded subject, the parts), so the test checks the message as an independent reader sees it.
Exits when its standard input closes, so it never outlives the test.
"""
import asyncio
import email
import email.policy
import email.utils
import json
import os
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Spool:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, "%03d" % self.count)
        raw = envelope.original_content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "content_type": part.get_content_type(),
                "charset": part.get_content_charset(),
                "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
                "content": part.get_content(),
            })
        date = message.get("Date", "")
        summary = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "login": session.auth_data.login.decode() if session.auth_data else None,
            "date": str(date),
            "date_iso": email.utils.parsedate_to_datetime(str(date)).isoformat() if date else "",
            "message_id": str(message.get("Message-ID", "")),
            "from": str(message.get("From", "")),
            "from_address": message["From"].addresses[0].addr_spec if message["From"] else "",
            "from_name": message["From"].addresses[0].display_name if message["From"] else "",
            "to": str(message.get("To", "")),
            "subject": str(message.get("Subject", "")),
            "mime_version": str(message.get("MIME-Version", "")),
            "content_type": message.get_content_type(),
            "parts": parts,
            "defects": [type(d).__name__ for d in message.defects],
        }
        with open(base + ".eml", "wb") as out:
            out.write(raw)
        with open(base + ".json.tmp", "w", encoding="utf-8") as out:
            json.dump(summary, out, ensure_ascii=False, indent=1)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 OK queued as %03d" % self.count


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user.encode() and auth_data.password == password.encode())
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
    return authenticate


async def main():
    spool_dir, user, password = sys.argv[1:4]
    spool = Spool(spool_dir)
    authenticator = make_authenticator(user, password)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(spool, hostname="warroom-test", authenticator=authenticator,
                     auth_required=True, auth_require_tls=False),
        host="127.0.0.1", port=0)
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    # Stop when the test closes our standard input (or dies).
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await reader.read()
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
