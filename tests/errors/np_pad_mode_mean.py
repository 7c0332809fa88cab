# oracle: differs -- streak refuses np.pad's statistic modes by name
#   (NumPy pads with the mean); the other modes are in programs/np_pad.py
import numpy as np
print(np.pad(np.arange(3), 2, "mean"))
