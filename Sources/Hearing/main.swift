print("hearing")
