result:solve["one two two"];
show result;
