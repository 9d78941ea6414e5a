# The two commands: `make run` and `make test` (see README.md).
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
DATA ?= var

.PHONY: run test setup build bench lint clean

run: build
	$(BUILD)/livingwell serve --data $(DATA) --demo

test: build
	scripts/test.sh $(BUILD)

setup:
	scripts/setup.sh

build: setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	cmake --build $(BUILD)

lint: build
	scripts/lint.sh $(BUILD)

bench: setup
	bench/load.sh build-release

clean:
	rm -rf $(BUILD)
