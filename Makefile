# The two commands a newcomer needs (see README.md):
#   make demo   install what is missing, build, run foia on samples/
#   make test   the same, then the whole test suite
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: deps configure build demo test asan samples bench clean

deps:
	./scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./scripts/demo.sh $(BUILD)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/).
asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

samples: configure
	cmake --build $(BUILD) --target make_samples -j $(JOBS)
	$(BUILD)/make_samples samples

bench: build
	./bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
