result:solve[enlist 36];
show result;
