"""Fetching optional models on explicit request. Nothing here runs implicitly.

pkuseg's published models were trained on data licensed for research and academic use only.
``pull_pkuseg`` states that and needs the caller's consent; the project never ships a model.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from g60extract.segmentation import pkuseg_model_dir

PKUSEG_SDIST = "pkuseg==0.0.25"
PKUSEG_LICENCE = (
    "The pkuseg 'default' model is distributed in the pkuseg 0.0.25 source package on PyPI.\n"
    "Its training data are licensed for RESEARCH AND ACADEMIC USE ONLY (see the pkuseg project\n"
    "and spaCy issue #6214). g60extract does not ship it; by pulling it you confirm that your\n"
    "use complies with that licence."
)


def pull_pkuseg(target: Path | None = None, *, consent: bool) -> Path:
    """Download the pkuseg sdist with pip, unpack its default model into ``target``.

    The pickled feature table is converted once to msgpack (what spacy-pkuseg loads first), so
    later loads never unpickle.
    """
    if not consent:
        raise PermissionError("pulling the pkuseg model needs explicit consent to its licence")
    try:
        import setuptools  # noqa: F401
        import wheel  # noqa: F401
    except ImportError:
        raise ImportError(
            "pip needs setuptools and wheel to read the pkuseg sdist: pip install 'g60extract[pkuseg]'"
        ) from None
    target = target or pkuseg_model_dir()
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
            "--no-build-isolation", PKUSEG_SDIST, "-d", tmp,
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        sdist = next(Path(tmp).glob("pkuseg-*.tar.gz"))
        with tarfile.open(sdist) as tar:
            for member in tar.getmembers():
                name = Path(member.name)
                if name.parent.as_posix().endswith("pkuseg/models/default") and name.name in (
                    "features.pkl", "weights.npz",
                ):
                    extracted = tar.extractfile(member)
                    if extracted is None:
                        continue
                    with (target / name.name).open("wb") as out:
                        shutil.copyfileobj(extracted, out)
    _convert_features(target)
    return target


def _convert_features(model_dir: Path) -> None:
    from spacy_pkuseg.feature_extractor import FeatureExtractor

    pkl = model_dir / "features.pkl"
    if pkl.exists():
        FeatureExtractor.load(str(model_dir)).save(str(model_dir))
        pkl.unlink()
