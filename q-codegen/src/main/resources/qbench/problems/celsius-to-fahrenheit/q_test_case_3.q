result:solve[enlist -40];
show result;
