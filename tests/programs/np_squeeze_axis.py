# squeeze(axis=): parsed as PyArray_ConvertMultiAxis does (0-d accepts 0/-1, repeats, bools)
import numpy as np
for ax in [0,-1,(0,),1,-2,(0,0)]:
  try: print(ax, repr(np.array(5).squeeze(axis=ax)))
  except Exception as e: print(ax, type(e).__name__, e)
for ax in [(0,0),(0,-2)]:
  try: print(ax, repr(np.ones((1,2)).squeeze(axis=ax)))
  except Exception as e: print(ax, type(e).__name__, e)
print(repr(np.squeeze(np.array(True), axis=0)))
for ax in [1.0, True, (1, 2), None, -3, (2, 0)]:
  try: print(ax, repr(np.ones((1,2,1)).squeeze(axis=ax)))
  except Exception as e: print(ax, type(e).__name__, e)
  try: print(ax, repr(np.squeeze(np.ones((1,2,1)), ax)))
  except Exception as e: print(ax, type(e).__name__, e)
for ax in [True,(True,),1.0,'a',np.int64(0), [0], (1.0,), ('a',), (None,), (np.int32(2),)]:
  try: print(np.ones((1,2,1)).squeeze(axis=ax).shape)
  except Exception as e: print(ax, type(e).__name__, e)
