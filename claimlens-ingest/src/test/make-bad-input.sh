#!/bin/sh
# Regenerates the binary inputs of src/test/resources/bad-input/ (run from claimlens-ingest/).
# The text inputs there are written by hand; these two cannot be, because they hold bytes that
# editors and diffs mangle.
set -eu
dir=src/test/resources/bad-input

# binary.bin: text-looking bytes with NUL bytes among them, as in an object file or a database.
printf 'FERRY\000\000\001\002schedule\000\000\377\376index\000\000\000\000' > "$dir/binary.bin"

# undecodable.txt: a Latin-1 byte (0xE9), a lone continuation byte (0x80) and a truncated
# three-byte sequence (0xE2 0x82) inside otherwise valid UTF-8 text.
{
  printf 'Caf\351 owners in Kherson reopen after the floods\n\n'
  printf 'Owners of three caf\303\251s on the embankment said they reopened on Monday \200 after'
  printf ' the water receded, the city council said \342\202.\n'
} > "$dir/undecodable.txt"
