#pragma once

// semaine-admin [--db PATH] attestation ID... (--out DIR | --zip FILE)
int runAttestation(int argc, char** argv);
