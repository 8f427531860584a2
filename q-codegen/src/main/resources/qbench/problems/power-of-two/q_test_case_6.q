result:solve[-8];
show result;
