# interview-bot: install the locked dependencies and the bot into a virtual environment in one stage, then
# copy only that environment into a clean one. Plain Dockerfile syntax (no RUN --mount, no syntax line), so
# the classic builder and BuildKit build it alike, with no frontend image to fetch.
# Build:  docker build -t interview-bot .
# Run:    docker run --env-file .env --read-only --tmpfs /tmp/interview-bot -v interview-bot-data:/data interview-bot
#         (add -v "$PWD/knowledge:/app/knowledge:ro" to serve your own interviews; see docker-compose.yml
#         and the README)

FROM python:3.11-slim-bookworm AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

WORKDIR /src

# Exact versions, each checked against its hash, so two builds a week apart install the same files
# (bash .ci/lock regenerates the lock). A layer of its own: a change to the code reuses it.
# The image's own pip installs into a venv without pip, so pip does not ship in the runtime stage.
RUN python -m venv --without-pip /opt/venv
COPY requirements.lock ./
RUN python -m pip --python /opt/venv/bin/python install --no-cache-dir --require-hashes \
        --requirement requirements.lock

# The source last: the bot and, as bot.knowledge, the bundled interview; its dependencies are already in.
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
RUN python -m pip --python /opt/venv/bin/python install --no-cache-dir --no-deps . \
    && python -m pip --python /opt/venv/bin/python check


FROM python:3.11-slim-bookworm AS runtime

LABEL org.opencontainers.image.title="interview-bot" \
      org.opencontainers.image.description="A Discord bot that answers questions about a published interview in the interviewee's own words." \
      org.opencontainers.image.licenses="MIT"

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    HEARTBEAT_FILE=/tmp/interview-bot/heartbeat \
    HEARTBEAT_MAX_AGE=90 \
    DATA_DIR=/data

# The heartbeat's folder is the only place `run` writes: a tmpfs there keeps a read-only root working.
# Sticky and world-writable like /tmp, because Docker gives a tmpfs the mode of the folder it covers but
# not its owner; so a plain `--tmpfs /tmp/interview-bot` works for this user or any other `--user`.
RUN groupadd --system --gid 10001 interview-bot \
    && useradd --system --uid 10001 --gid interview-bot --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin interview-bot \
    && install -d -m 1777 /tmp/interview-bot

WORKDIR /app

COPY --from=build /opt/venv /opt/venv

# The same interview as inside the package, at a path a read-only mount can replace (KNOWLEDGE_DIR).
COPY knowledge /app/knowledge

# The default SQLite database lives here; a volume keeps it (the container's filesystem is read-only).
RUN mkdir /data && chown 10001:10001 /data
VOLUME /data

USER 10001:10001

# Exits 0 while the running bot's gateway heartbeat file is fresher than HEARTBEAT_MAX_AGE seconds.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["interview-bot", "health"]

# Exec form, so the bot is PID 1 and receives `docker stop`'s SIGTERM itself and closes cleanly.
STOPSIGNAL SIGTERM
ENTRYPOINT ["interview-bot"]
CMD ["run"]
