A copy through a temporary and a test of the copy: generated code tests
a variable this way

cell 1 is 65 (A) and cells 2 and 3 are cleared
++++++++[>++++++++<-]>+
>[-]>[-]<<
copy cell 1 to cell 2 through cell 3
[->+>+<<]>>[-<<+>>]
if cell 2 (a loop that runs at most once as its body clears its counter)
print cell 1
<[<.>[-]]
print it again and a newline
<.[-]++++++++++.
