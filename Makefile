# The two commands: `make run` and `make test` (see README.md).
BUILD ?= build
# Release at -O2 without debug info: a clean build plus every test must stay
# within CI's 30 minutes on two cores, and debug info costs about a third of
# the compile time. Debug in build-debug (docs/development.md).
BUILD_TYPE ?= Release
RELEASE_FLAGS ?= -O2 -DNDEBUG
DATA ?= var

.PHONY: run test setup build bench lint clean

run: build
	$(BUILD)/livingwell serve --data $(DATA) --demo --synthetic demo

test: build
	scripts/test.sh $(BUILD)

setup:
	scripts/setup.sh

build: setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  "-DCMAKE_CXX_FLAGS_RELEASE=$(RELEASE_FLAGS)" >/dev/null
	cmake --build $(BUILD)

lint: build
	scripts/lint.sh $(BUILD)

bench: setup
	bench/load.sh build-release

clean:
	rm -rf $(BUILD)
