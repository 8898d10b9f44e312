"""What client and server share: wire models, frames, signing, checksums and conflict rules."""
