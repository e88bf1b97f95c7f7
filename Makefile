# thidua — two commands on a fresh Debian machine:
#   make site   installs what is missing, builds thidua (release) and builds content/ into public/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
APT_PACKAGES := libcmark-dev pkg-config zlib1g-dev
BIN := .build/release/thidua

.PHONY: site test deps pydeps build check clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Missing system packages:$$missing — run: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release --product thidua

site: build
	$(BIN) build --content content --output public

check: build
	$(BIN) check --content content

pydeps:
	@python3 -c "import yaml" 2>/dev/null || python3 -m pip install --quiet pyyaml

test: deps pydeps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) build --product thidua
	python3 scripts/reference/crosscheck.py .build/debug/thidua 0 60

clean:
	rm -rf .build public
