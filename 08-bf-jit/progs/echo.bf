Echo: copy input to output until the input ends
(at the end of input the cell is left as it is so clear it before each read)
,[.[-],]
