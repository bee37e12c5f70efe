# Two commands for a newcomer:  make run   and   make test
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run demo test lint bench bundle translations screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## set up and launch the program
	$(PY) -m wi_desktop $(ARGS)

demo: $(STAMP)  ## launch with the demo session open
	$(PY) -m wi_desktop --demo $(ARGS)

test: $(STAMP)  ## set up and run every test (offscreen, no display needed)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
	$(PY) -m ruff check .
	$(PY) -m mypy

bench: $(STAMP)  ## speed and memory figures, as ratios against a floor
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

LANGUAGES := es de
translations: $(STAMP)  ## the .ts files from the code's tr() calls, then the .qm files the program loads
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none \
	    $$(find wi_desktop -name '*.py' | sort) \
	    $(foreach l,$(LANGUAGES),-ts resources/translations/wi_desktop_$(l).ts)
	$(foreach l,$(LANGUAGES),$(VENV)/bin/pyside6-lrelease -silent \
	    resources/translations/wi_desktop_$(l).ts -qm resources/translations/wi_desktop_$(l).qm;)
	# the documents' words (export/, no Qt): gettext catalogues, by Babel
	$(VENV)/bin/pybabel -q extract --no-default-keywords -k _ -k N_ -k change_word \
	    --no-location --omit-header --sort-output -o resources/translations/documents.pot \
	    wi_desktop/export wi_desktop/comparison wi_desktop/core/record_diff.py
	$(foreach l,$(LANGUAGES),$(VENV)/bin/pybabel -q update --ignore-obsolete \
	    --no-fuzzy-matching -l $(l) -i resources/translations/documents.pot \
	    -o resources/translations/documents_$(l).po;)
	$(foreach l,$(LANGUAGES),$(VENV)/bin/pybabel -q compile -l $(l) \
	    -i resources/translations/documents_$(l).po -o resources/translations/documents_$(l).mo;)
	# what core says to a person (errors, the checks before finalising): core/speech.py
	$(VENV)/bin/pybabel -q extract --no-default-keywords -k say -k say_later -k change_word \
	    --no-location \
	    --omit-header --sort-output -o resources/translations/messages.pot wi_desktop
	$(foreach l,$(LANGUAGES),$(VENV)/bin/pybabel -q update --ignore-obsolete \
	    --no-fuzzy-matching -l $(l) -i resources/translations/messages.pot \
	    -o resources/translations/messages_$(l).po;)
	$(foreach l,$(LANGUAGES),$(VENV)/bin/pybabel -q compile -l $(l) \
	    -i resources/translations/messages_$(l).po -o resources/translations/messages_$(l).mo;)

bundle: $(STAMP)  ## the one-folder program and its tarball in dist/, validated and tried
	$(PY) packaging/bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
