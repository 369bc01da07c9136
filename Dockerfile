# syntax=docker/dockerfile:1
# interview-bot: build the wheel in one stage, install only the wheel (and its dependencies) in another.
# Build:  docker build -t interview-bot .           (BuildKit, the default since Docker 23: RUN --mount)
# Run:    docker run --env-file .env interview-bot        (see docker-compose.yml and the README)

FROM python:3.11-slim-bookworm AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /src

# Dependencies first, from the project's metadata only, so a change to the code reuses this layer.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > requirements.txt \
    && pip wheel --no-cache-dir --wheel-dir /wheels/deps --requirement requirements.txt

# The source last: the wheel carries the bot and, as bot.knowledge, the bundled interview.
COPY README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels/app .


FROM python:3.11-slim-bookworm AS runtime

LABEL org.opencontainers.image.title="interview-bot" \
      org.opencontainers.image.description="A Discord bot that answers questions about a published interview in the interviewee's own words." \
      org.opencontainers.image.licenses="MIT"

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    KNOWLEDGE_DIR=/app/knowledge \
    HEARTBEAT_FILE=/tmp/interview-bot/heartbeat \
    HEARTBEAT_MAX_AGE=90 \
    DATA_DIR=/data

RUN groupadd --system --gid 10001 interview-bot \
    && useradd --system --uid 10001 --gid interview-bot --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin interview-bot

WORKDIR /app

# Installed offline from the wheels built above; bind mounts keep the wheel files out of the layers.
RUN --mount=type=bind,from=build,source=/wheels/deps,target=/wheels/deps \
    pip install --no-cache-dir --no-index --find-links=/wheels/deps /wheels/deps/*.whl
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels/deps /wheels/app/*.whl

# The same interview as inside the wheel, at a path a read-only mount can replace (KNOWLEDGE_DIR).
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
