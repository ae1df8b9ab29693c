#!/usr/bin/env python3
"""Reads e-mails kept by tests/smtp-server.py with Python's email package and prints, for each file,
a JSON object: envelope recipient, decoded To, From, Subject and Message-ID headers, the text body,
and the attachments (file name, content type, and the text of a PDF through pdftotext when
`--pdf-text` is given).

usage: mail_message.py [--pdf-text] FILE.eml...    (prints a JSON list)"""

import json
import subprocess
import sys
import tempfile
from email import policy
from email.parser import BytesParser

pdf_text = "--pdf-text" in sys.argv
messages = []
for path in [a for a in sys.argv[1:] if not a.startswith("--")]:
    with open(path, "rb") as f:
        message = BytesParser(policy=policy.default).parse(f)
    body = message.get_body(preferencelist=("plain",))
    attachments = []
    for part in message.iter_attachments():
        entry = {"filename": part.get_filename(), "type": part.get_content_type()}
        if pdf_text and part.get_content_type() == "application/pdf":
            with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
                pdf.write(part.get_content())
                pdf.flush()
                entry["text"] = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf.name, "-"],
                                               capture_output=True, check=True).stdout.decode("utf-8")
        attachments.append(entry)
    messages.append({
        "rcpt": message["X-Rcpt-To"],
        "to": str(message["To"]),
        "from": str(message["From"]),
        "subject": str(message["Subject"]),
        "messageId": str(message["Message-ID"]),
        "body": body.get_content() if body is not None else "",
        "attachments": attachments,
    })
json.dump(messages, sys.stdout, ensure_ascii=False)
